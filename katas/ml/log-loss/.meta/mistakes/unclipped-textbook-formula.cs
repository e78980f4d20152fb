// Mistake: no clipping and the textbook −(y·ln p + (1 − y)·ln(1 − p)): a probability of 0 for the true outcome gives +Infinity, and a certain, correct prediction gives 0 · ln 0 = NaN.
// Expect: MLK1102
namespace MlKata.Katas;

public static class LogLoss
{
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
            sum += -(yTrue[i] * Math.Log(p) + (1 - yTrue[i]) * Math.Log(1 - p));
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
            sum -= Math.Log(row[yTrue[i]]);
        }
        return sum / yTrue.Length;
    }
}
