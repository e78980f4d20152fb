// Mistake: R² computed as the squared Pearson correlation of yTrue and yPred; that only equals 1 − SS_res/SS_tot for a least-squares fit, and it calls a perfectly reversed prediction perfect (1.0 instead of −3).
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
        Validate(yTrue, yPred);
        double mt = yTrue.Average(), mp = yPred.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < yTrue.Length; i++)
        {
            sxy += (yTrue[i] - mt) * (yPred[i] - mp);
            sxx += (yTrue[i] - mt) * (yTrue[i] - mt);
            syy += (yPred[i] - mp) * (yPred[i] - mp);
        }
        if (sxx == 0) return MeanSquaredError(yTrue, yPred) == 0 ? 1.0 : 0.0;
        if (syy == 0) return 0.0;
        return sxy * sxy / (sxx * syy);
    }

    private static void Validate(double[] yTrue, double[] yPred)
    {
        if (yTrue.Length == 0) throw new ArgumentException("empty", nameof(yTrue));
        if (yPred.Length != yTrue.Length) throw new ArgumentException("lengths differ", nameof(yPred));
    }
}
