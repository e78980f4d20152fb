// Mistake: returns the total negative log-likelihood instead of its mean over the samples, so the loss grows with the size of the evaluation set.
// Expect: none
namespace MlKata.Katas;

public static class LogLoss
{
    private const double Eps = 1e-15;

    public static double Binary(int[] yTrue, double[] probabilityOfOne)
    {
        if (yTrue.Length == 0) throw new ArgumentException("empty", nameof(yTrue));
        if (probabilityOfOne.Length != yTrue.Length) throw new ArgumentException("lengths differ", nameof(probabilityOfOne));
        double sum = 0;
        for (int i = 0; i < yTrue.Length; i++)
        {
            double p = probabilityOfOne[i];
            if (yTrue[i] is not (0 or 1)) throw new ArgumentException("label", nameof(yTrue));
            if (!(p >= 0 && p <= 1)) throw new ArgumentException("probability", nameof(probabilityOfOne));
            double q = Math.Clamp(p, Eps, 1 - Eps);
            sum -= yTrue[i] == 1 ? Math.Log(q) : Math.Log(1 - q);
        }
        return sum;
    }

    public static double Categorical(int[] yTrue, double[][] probabilities)
    {
        if (yTrue.Length == 0) throw new ArgumentException("empty", nameof(yTrue));
        if (probabilities.Length != yTrue.Length) throw new ArgumentException("lengths differ", nameof(probabilities));
        double sum = 0;
        for (int i = 0; i < yTrue.Length; i++)
        {
            double[] row = probabilities[i];
            foreach (double v in row) if (!(v >= 0 && v <= 1)) throw new ArgumentException("probability", nameof(probabilities));
            if (yTrue[i] < 0 || yTrue[i] >= row.Length) throw new ArgumentException("label", nameof(yTrue));
            sum -= Math.Log(Math.Clamp(row[yTrue[i]], Eps, 1 - Eps));
        }
        return sum;
    }
}
