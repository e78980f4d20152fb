namespace MlKata.Katas;

/// <summary>Impurity measures and the best threshold split of a decision tree node. See README.md.</summary>
public static class DecisionTreeSplit
{
    public static double Gini(int[] labels) =>
        throw new NotImplementedException("The decision-tree-split kata is not implemented yet: write DecisionTreeSplit.Gini.");

    public static double Entropy(int[] labels) =>
        throw new NotImplementedException("The decision-tree-split kata is not implemented yet: write DecisionTreeSplit.Entropy.");

    public static (int Feature, double Threshold, double Gain) BestSplit(double[][] x, int[] y) =>
        throw new NotImplementedException("The decision-tree-split kata is not implemented yet: write DecisionTreeSplit.BestSplit.");
}
