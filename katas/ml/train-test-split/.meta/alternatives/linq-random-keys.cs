namespace MlKata.Katas;

public static class Splits
{
    public static (int[] Train, int[] Test) TrainTest(int n, double testFraction, int seed)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n), n, "There must be at least one sample to split.");
        if (double.IsNaN(testFraction) || testFraction <= 0 || testFraction >= 1)
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "testFraction must be strictly between 0 and 1.");
        int testCount = (int)Math.Ceiling(n * testFraction);
        if (testCount >= n) throw new ArgumentException("This fraction leaves no training samples.", nameof(testFraction));

        // Shuffle by attaching an independent random key to every index; the first testCount
        // indices of the shuffled order form a uniformly random subset.
        var random = new Random(seed);
        var shuffled = Enumerable.Range(0, n).Select(index => (Key: random.NextDouble(), Index: index))
            .OrderBy(pair => pair.Key).ThenBy(pair => pair.Index)
            .Select(pair => pair.Index)
            .ToArray();
        var testIndices = shuffled.Take(testCount).Order().ToArray();
        var trainIndices = shuffled.Skip(testCount).Order().ToArray();
        return (trainIndices, testIndices);
    }

    public static (int[] Train, int[] Test)[] KFold(int n, int folds)
    {
        if (folds < 2 || folds > n)
            throw new ArgumentOutOfRangeException(nameof(folds), folds, "folds must lie between 2 and n.");

        int smallFoldSize = n / folds, foldsWithExtra = n % folds;
        return Enumerable.Range(0, folds).Select(fold =>
        {
            int start = fold * smallFoldSize + Math.Min(fold, foldsWithExtra);
            int size = smallFoldSize + (fold < foldsWithExtra ? 1 : 0);
            var test = Enumerable.Range(start, size).ToArray();
            var train = Enumerable.Range(0, start).Concat(Enumerable.Range(start + size, n - start - size)).ToArray();
            return (train, test);
        }).ToArray();
    }
}
