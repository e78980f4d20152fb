namespace MlKata.Katas;

public static class Splits
{
    public static (int[] Train, int[] Test) TrainTest(int n, double testFraction, int seed)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "The number of samples cannot be negative.");
        if (n == 0) throw new ArgumentException("There are no samples to split.", nameof(n));
        if (!(testFraction > 0 && testFraction < 1)) // also rejects NaN
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "testFraction must lie strictly between 0 and 1.");

        int testSize = (int)Math.Ceiling(n * testFraction); // as scikit-learn, no rounding first
        if (testSize >= n)
            throw new ArgumentException(
                $"A test fraction of {testFraction} takes {testSize} of {n} samples and leaves the train set empty.", nameof(testFraction));

        // Partial Fisher-Yates: after i steps, order[0..i) is a uniform sample without replacement.
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        var rng = new Random(seed);
        for (int i = 0; i < testSize; i++)
        {
            int j = rng.Next(i, n); // j may equal i: an element may stay where it is
            (order[i], order[j]) = (order[j], order[i]);
        }

        var test = order[..testSize];
        Array.Sort(test);
        var inTest = new bool[n];
        foreach (int index in test) inTest[index] = true;
        var train = new int[n - testSize];
        for (int i = 0, t = 0; i < n; i++)
            if (!inTest[i]) train[t++] = i;
        return (train, test);
    }

    public static (int[] Train, int[] Test)[] KFold(int n, int folds)
    {
        if (folds < 2 || folds > n)
            throw new ArgumentOutOfRangeException(nameof(folds), folds, $"folds must be between 2 and the number of samples ({n}).");

        var splits = new (int[] Train, int[] Test)[folds];
        int baseSize = n / folds, larger = n % folds, start = 0;
        for (int f = 0; f < folds; f++)
        {
            int size = baseSize + (f < larger ? 1 : 0);
            var test = new int[size];
            for (int i = 0; i < size; i++) test[i] = start + i;
            var train = new int[n - size];
            for (int i = 0; i < start; i++) train[i] = i;
            for (int i = start + size; i < n; i++) train[i - size] = i;
            splits[f] = (train, test);
            start += size;
        }
        return splits;
    }
}
