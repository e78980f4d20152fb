// Mistake: shuffles with an unseeded new Random(), so the same seed gives a different split on every call and no experiment can be reproduced.
// Expect: MLK1408
namespace MlKata.Katas;

public static class Splits
{
    public static (int[] Train, int[] Test) TrainTest(int n, double testFraction, int seed)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n));
        if (n == 0) throw new ArgumentException("no samples", nameof(n));
        if (!(testFraction > 0 && testFraction < 1)) throw new ArgumentOutOfRangeException(nameof(testFraction));
        int testSize = (int)Math.Ceiling(n * testFraction);
        if (testSize >= n) throw new ArgumentException("empty train set", nameof(testFraction));

        var order = Enumerable.Range(0, n).ToArray();
        var rng = new Random();
        for (int i = 0; i < testSize; i++)
        {
            int j = rng.Next(i, n);
            (order[i], order[j]) = (order[j], order[i]);
        }
        var test = order.Take(testSize).OrderBy(i => i).ToArray();
        var train = order.Skip(testSize).OrderBy(i => i).ToArray();
        return (train, test);
    }

    public static (int[] Train, int[] Test)[] KFold(int n, int folds)
    {
        if (folds < 2 || folds > n) throw new ArgumentOutOfRangeException(nameof(folds));
        var splits = new (int[] Train, int[] Test)[folds];
        int start = 0;
        for (int f = 0; f < folds; f++)
        {
            int size = n / folds + (f < n % folds ? 1 : 0);
            var test = Enumerable.Range(start, size).ToArray();
            var train = Enumerable.Range(0, n).Where(i => i < start || i >= start + size).ToArray();
            splits[f] = (train, test);
            start += size;
        }
        return splits;
    }
}
