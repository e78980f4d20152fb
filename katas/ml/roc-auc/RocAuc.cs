namespace MlKata.Katas;

/// <summary>Area under the ROC curve for 0/1 labels and real-valued scores. See README.md.</summary>
public static class RocAuc
{
    public static double Score(int[] yTrue, double[] scores) =>
        throw new NotImplementedException("The roc-auc kata is not implemented yet: write RocAuc.Score.");
}
