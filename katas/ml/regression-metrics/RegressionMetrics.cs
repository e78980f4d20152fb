namespace MlKata.Katas;

/// <summary>Error metrics for real-valued predictions. See README.md.</summary>
public static class RegressionMetrics
{
    public static double MeanSquaredError(double[] yTrue, double[] yPred) =>
        throw new NotImplementedException("The regression-metrics kata is not implemented yet: write RegressionMetrics.MeanSquaredError.");

    public static double RootMeanSquaredError(double[] yTrue, double[] yPred) =>
        throw new NotImplementedException("The regression-metrics kata is not implemented yet: write RegressionMetrics.RootMeanSquaredError.");

    public static double MeanAbsoluteError(double[] yTrue, double[] yPred) =>
        throw new NotImplementedException("The regression-metrics kata is not implemented yet: write RegressionMetrics.MeanAbsoluteError.");

    public static double R2(double[] yTrue, double[] yPred) =>
        throw new NotImplementedException("The regression-metrics kata is not implemented yet: write RegressionMetrics.R2.");
}
