namespace MlKata.Katas;

public static class RegressionMetrics
{
    public static double MeanSquaredError(double[] yTrue, double[] yPred) =>
        SumOfSquaredErrors(yTrue, yPred) / yTrue.Length;

    public static double RootMeanSquaredError(double[] yTrue, double[] yPred) =>
        Math.Sqrt(MeanSquaredError(yTrue, yPred));

    public static double MeanAbsoluteError(double[] yTrue, double[] yPred)
    {
        Validate(yTrue, yPred);
        double sum = 0;
        for (int i = 0; i < yTrue.Length; i++)
            sum += Math.Abs(yTrue[i] - yPred[i]);
        return sum / yTrue.Length;
    }

    public static double R2(double[] yTrue, double[] yPred)
    {
        double residual = SumOfSquaredErrors(yTrue, yPred);

        // Two passes: the mean first, then squared deviations from it. The one-pass
        // Σy² − n·mean² loses every digit when the values are large and close together.
        double mean = 0;
        foreach (double y in yTrue) mean += y;
        mean /= yTrue.Length;
        double total = 0;
        foreach (double y in yTrue) total += (y - mean) * (y - mean);

        // A constant target (or a single sample): no variance to explain.
        if (total == 0) return residual == 0 ? 1.0 : 0.0;
        return 1 - residual / total;
    }

    private static double SumOfSquaredErrors(double[] yTrue, double[] yPred)
    {
        Validate(yTrue, yPred);
        double sum = 0;
        for (int i = 0; i < yTrue.Length; i++)
        {
            double error = yTrue[i] - yPred[i];
            sum += error * error;
        }
        return sum;
    }

    private static void Validate(double[] yTrue, double[] yPred)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        if (yTrue.Length == 0) throw new ArgumentException("The targets are empty; the metric is undefined.", nameof(yTrue));
        if (yPred.Length != yTrue.Length)
            throw new ArgumentException($"yPred has {yPred.Length} entries but yTrue has {yTrue.Length}.", nameof(yPred));
    }
}
