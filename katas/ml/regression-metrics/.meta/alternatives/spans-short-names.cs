namespace MlKata.Katas;

public static class RegressionMetrics
{
    public static double MeanSquaredError(double[] yTrue, double[] yPred)
    {
        var (sse, _, n) = Sums(yTrue, yPred);
        return sse / n;
    }

    public static double RootMeanSquaredError(double[] yTrue, double[] yPred)
    {
        var (sse, _, n) = Sums(yTrue, yPred);
        return Math.Sqrt(sse / n);
    }

    public static double MeanAbsoluteError(double[] yTrue, double[] yPred)
    {
        var (_, sae, n) = Sums(yTrue, yPred);
        return sae / n;
    }

    public static double R2(double[] yTrue, double[] yPred)
    {
        var (ssRes, _, n) = Sums(yTrue, yPred);
        ReadOnlySpan<double> y = yTrue;
        double mu = 0;
        foreach (double v in y) mu += v;
        mu /= n;
        double ssTot = 0;
        foreach (double v in y) ssTot += (v - mu) * (v - mu);
        return ssTot == 0 ? (ssRes == 0 ? 1.0 : 0.0) : 1 - ssRes / ssTot;
    }

    private static (double sse, double sae, int n) Sums(double[] yTrue, double[] yPred)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        ReadOnlySpan<double> y = yTrue, p = yPred;
        if (y.IsEmpty) throw new ArgumentException("empty", nameof(yTrue));
        if (p.Length != y.Length) throw new ArgumentException("length mismatch", nameof(yPred));
        double sse = 0, sae = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double e = y[i] - p[i];
            sse += e * e;
            sae += Math.Abs(e);
        }
        return (sse, sae, y.Length);
    }
}
