// Mistake: probabilities are clipped but never validated, so 1.5 or −0.1 (a bug upstream) is quietly clipped into range and a NaN turns the loss into NaN instead of an ArgumentException.
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
            if (yTrue[i] is not (0 or 1)) throw new ArgumentException("label", nameof(yTrue));
            double q = Math.Clamp(probabilityOfOne[i], Eps, 1 - Eps);
            sum -= yTrue[i] == 1 ? Math.Log(q) : Math.Log(1 - q);
        }
        return sum / yTrue.Length;
    }

    public static double Categorical(int[] yTrue, double[][] probabilities)
    {
        if (yTrue.Length == 0) throw new ArgumentException("empty", nameof(yTrue));
        if (probabilities.Length != yTrue.Length) throw new ArgumentException("lengths differ", nameof(probabilities));
        double sum = 0;
        for (int i = 0; i < yTrue.Length; i++)
        {
            double[] row = probabilities[i];
            if (yTrue[i] < 0 || yTrue[i] >= row.Length) throw new ArgumentException("label", nameof(yTrue));
            sum -= Math.Log(Math.Clamp(row[yTrue[i]], Eps, 1 - Eps));
        }
        return sum / yTrue.Length;
    }
}
