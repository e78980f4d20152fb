namespace MlKata.Katas;

public static class Splits
{
    public static (int[] Train, int[] Test) TrainTest(int n, double testFraction, int seed)
    {
        if (n < 1) throw new ArgumentException("n must be positive", nameof(n));
        if (!(testFraction > 0 && testFraction < 1)) throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "need 0 < testFraction < 1");
        int k = (int)Math.Ceiling(n * testFraction);
        if (k >= n) throw new ArgumentException($"test size {k} leaves no train samples", nameof(testFraction));

        // Knuth's selection sampling: take index i with probability need / left. Every k-subset
        // is equally likely, and both outputs come out already in ascending order.
        var rng = new Random(seed);
        var te = new int[k];
        var tr = new int[n - k];
        int need = k, a = 0, b = 0;
        for (int i = 0; i < n; i++)
        {
            int left = n - i;
            if (rng.Next(left) < need) { te[a++] = i; need--; }
            else tr[b++] = i;
        }
        return (tr, te);
    }

    public static (int[] Train, int[] Test)[] KFold(int n, int folds)
    {
        if (folds < 2 || folds > n) throw new ArgumentOutOfRangeException(nameof(folds), folds, "need 2 <= folds <= n");
        var res = new (int[] Train, int[] Test)[folds];
        int q = n / folds, r = n % folds, lo = 0;
        for (int f = 0; f < folds; f++)
        {
            int hi = lo + q + (f < r ? 1 : 0); // test = [lo, hi)
            var te = new int[hi - lo];
            var tr = new int[n - (hi - lo)];
            for (int i = lo; i < hi; i++) te[i - lo] = i;
            int t = 0;
            for (int i = 0; i < n; i++)
                if (i < lo || i >= hi) tr[t++] = i;
            res[f] = (tr, te);
            lo = hi;
        }
        return res;
    }
}
