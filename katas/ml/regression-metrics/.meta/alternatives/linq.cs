namespace MlKata.Katas;

public static class RegressionMetrics
{
    public static double MeanSquaredError(double[] yTrue, double[] yPred)
    {
        Validate(yTrue, yPred);
        return yTrue.Zip(yPred, (actual, predicted) => (actual - predicted) * (actual - predicted)).Average();
    }

    public static double RootMeanSquaredError(double[] yTrue, double[] yPred) => Math.Sqrt(MeanSquaredError(yTrue, yPred));

    public static double MeanAbsoluteError(double[] yTrue, double[] yPred)
    {
        Validate(yTrue, yPred);
        return yTrue.Zip(yPred, (actual, predicted) => Math.Abs(actual - predicted)).Average();
    }

    public static double R2(double[] yTrue, double[] yPred)
    {
        Validate(yTrue, yPred);
        double residualSumOfSquares = yTrue.Zip(yPred, (actual, predicted) => (actual - predicted) * (actual - predicted)).Sum();
        double meanOfTargets = yTrue.Average();
        double totalSumOfSquares = yTrue.Sum(actual => (actual - meanOfTargets) * (actual - meanOfTargets));
        if (totalSumOfSquares == 0)
            return residualSumOfSquares == 0 ? 1.0 : 0.0;
        return 1.0 - residualSumOfSquares / totalSumOfSquares;
    }

    private static void Validate(double[] yTrue, double[] yPred)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        if (yTrue.Length == 0) throw new ArgumentException("yTrue must not be empty.", nameof(yTrue));
        if (yPred.Length != yTrue.Length) throw new ArgumentException("yPred must have as many entries as yTrue.", nameof(yPred));
    }
}
