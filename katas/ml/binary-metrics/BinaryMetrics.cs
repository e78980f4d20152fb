namespace MlKata.Katas;

/// <summary>Metrics for binary classification with labels 0 and 1. See README.md.</summary>
public static class BinaryMetrics
{
    public static (int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives) ConfusionCounts(int[] yTrue, int[] yPred) =>
        throw new NotImplementedException("The binary-metrics kata is not implemented yet: write BinaryMetrics.ConfusionCounts.");

    public static double Accuracy(int[] yTrue, int[] yPred) =>
        throw new NotImplementedException("The binary-metrics kata is not implemented yet: write BinaryMetrics.Accuracy.");

    public static double Precision(int[] yTrue, int[] yPred) =>
        throw new NotImplementedException("The binary-metrics kata is not implemented yet: write BinaryMetrics.Precision.");

    public static double Recall(int[] yTrue, int[] yPred) =>
        throw new NotImplementedException("The binary-metrics kata is not implemented yet: write BinaryMetrics.Recall.");

    public static double F1(int[] yTrue, int[] yPred) =>
        throw new NotImplementedException("The binary-metrics kata is not implemented yet: write BinaryMetrics.F1.");

    public static double FBeta(int[] yTrue, int[] yPred, double beta) =>
        throw new NotImplementedException("The binary-metrics kata is not implemented yet: write BinaryMetrics.FBeta.");
}
