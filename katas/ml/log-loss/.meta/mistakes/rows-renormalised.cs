// Mistake: Categorical divides each row by its sum before taking the log, so a model whose rows do not add up to 1 is silently repaired and scored on forecasts it never made.
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
            foreach (double v in row) if (!(v >= 0 && v <= 1)) throw new ArgumentException("probability", nameof(probabilities));
            if (yTrue[i] < 0 || yTrue[i] >= row.Length) throw new ArgumentException("label", nameof(yTrue));
            double total = row.Sum();
            sum -= Math.Log(Math.Clamp(row[yTrue[i]] / total, Eps, 1 - Eps));
        }
        return sum / yTrue.Length;
    }
}
