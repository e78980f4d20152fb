// Mistake: SS_tot by the one-pass shortcut Σy² − n·mean², which cancels catastrophically when targets are large and close together (prices, timestamps) and can come out 0 or negative.
// Expect: none
namespace MlKata.Katas;

public static class RegressionMetrics
{
    public static double MeanSquaredError(double[] yTrue, double[] yPred)
    {
        Validate(yTrue, yPred);
        double sum = 0;
        for (int i = 0; i < yTrue.Length; i++) sum += (yTrue[i] - yPred[i]) * (yTrue[i] - yPred[i]);
        return sum / yTrue.Length;
    }

    public static double MeanAbsoluteError(double[] yTrue, double[] yPred)
    {
        Validate(yTrue, yPred);
        double sum = 0;
        for (int i = 0; i < yTrue.Length; i++) sum += Math.Abs(yTrue[i] - yPred[i]);
        return sum / yTrue.Length;
    }

    public static double RootMeanSquaredError(double[] yTrue, double[] yPred) => Math.Sqrt(MeanSquaredError(yTrue, yPred));

    public static double R2(double[] yTrue, double[] yPred)
    {
        double ssRes = MeanSquaredError(yTrue, yPred) * yTrue.Length;
        double sum = 0, sumOfSquares = 0;
        foreach (double y in yTrue) { sum += y; sumOfSquares += y * y; }
        double mean = sum / yTrue.Length;
        double ssTot = sumOfSquares - yTrue.Length * mean * mean;
        if (ssTot == 0) return ssRes == 0 ? 1.0 : 0.0;
        return 1 - ssRes / ssTot;
    }

    private static void Validate(double[] yTrue, double[] yPred)
    {
        if (yTrue.Length == 0) throw new ArgumentException("empty", nameof(yTrue));
        if (yPred.Length != yTrue.Length) throw new ArgumentException("lengths differ", nameof(yPred));
    }
}
