// Mistake: R² divides by SS_tot without the constant-target rule, so a constant yTrue (or a single sample) gives NaN or −Infinity instead of 1.0 or 0.0.
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
        double mean = yTrue.Average();
        double ssTot = 0;
        foreach (double y in yTrue) ssTot += (y - mean) * (y - mean);
        return 1 - ssRes / ssTot;
    }

    private static void Validate(double[] yTrue, double[] yPred)
    {
        if (yTrue.Length == 0) throw new ArgumentException("empty", nameof(yTrue));
        if (yPred.Length != yTrue.Length) throw new ArgumentException("lengths differ", nameof(yPred));
    }
}
