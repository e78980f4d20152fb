namespace MlKata.Katas;

/// <summary>Random train/test splits and k-fold cross-validation folds over sample indices. See README.md.</summary>
public static class Splits
{
    public static (int[] Train, int[] Test) TrainTest(int n, double testFraction, int seed) =>
        throw new NotImplementedException("The train-test-split kata is not implemented yet: write Splits.TrainTest.");

    public static (int[] Train, int[] Test)[] KFold(int n, int folds) =>
        throw new NotImplementedException("The train-test-split kata is not implemented yet: write Splits.KFold.");
}
