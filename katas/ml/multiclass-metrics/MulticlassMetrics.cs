namespace MlKata.Katas;

/// <summary>Confusion matrix and averaged F1 scores for labels 0..numClasses-1. See README.md.</summary>
public static class MulticlassMetrics
{
    public static int[,] ConfusionMatrix(int[] yTrue, int[] yPred, int numClasses) =>
        throw new NotImplementedException("The multiclass-metrics kata is not implemented yet: write MulticlassMetrics.ConfusionMatrix.");

    public static double MacroF1(int[] yTrue, int[] yPred, int numClasses) =>
        throw new NotImplementedException("The multiclass-metrics kata is not implemented yet: write MulticlassMetrics.MacroF1.");

    public static double MicroF1(int[] yTrue, int[] yPred, int numClasses) =>
        throw new NotImplementedException("The multiclass-metrics kata is not implemented yet: write MulticlassMetrics.MicroF1.");

    public static double WeightedF1(int[] yTrue, int[] yPred, int numClasses) =>
        throw new NotImplementedException("The multiclass-metrics kata is not implemented yet: write MulticlassMetrics.WeightedF1.");
}
