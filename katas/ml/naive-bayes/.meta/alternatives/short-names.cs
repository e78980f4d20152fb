namespace MlKata.Katas;

public sealed class MultinomialNaiveBayes
{
    private readonly double _a;
    private int[]? _cls;
    private double[]? _lp;     // log prior per class
    private double[,]? _lt;    // log theta [class, feature]

    public MultinomialNaiveBayes(double alpha = 1.0)
    {
        if (double.IsNaN(alpha) || alpha <= 0 || double.IsInfinity(alpha))
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be > 0 and finite");
        _a = alpha;
    }

    public void Fit(int[][] counts, int[] y)
    {
        int d = Check(counts, -1);
        ArgumentNullException.ThrowIfNull(y);
        if (y.Length != counts.Length) throw new ArgumentException("y length != rows", nameof(y));
        int n = counts.Length;
        var cls = new SortedSet<int>(y).ToArray();
        int k = cls.Length;
        var nc = new int[k];
        var fc = new double[k, d];
        for (int i = 0; i < n; i++)
        {
            int c = Array.BinarySearch(cls, y[i]);
            nc[c]++;
            for (int j = 0; j < d; j++) fc[c, j] += counts[i][j];
        }
        var lp = new double[k];
        var lt = new double[k, d];
        for (int c = 0; c < k; c++)
        {
            lp[c] = Math.Log((double)nc[c] / n);
            double tot = _a * d;
            for (int j = 0; j < d; j++) tot += fc[c, j];
            for (int j = 0; j < d; j++) lt[c, j] = Math.Log(fc[c, j] + _a) - Math.Log(tot);
        }
        (_cls, _lp, _lt) = (cls, lp, lt);
    }

    public double[][] PredictLogProbability(int[][] counts)
    {
        var s = Joint(counts);
        foreach (var r in s)
        {
            double lse = Lse(r);
            for (int c = 0; c < r.Length; c++) r[c] -= lse;
        }
        return s;

        static double Lse(double[] v)
        {
            double m = double.NegativeInfinity;
            foreach (double t in v) m = Math.Max(m, t);
            double acc = 0;
            foreach (double t in v) acc += Math.Exp(t - m);
            return m + Math.Log(acc);
        }
    }

    public int[] Predict(int[][] counts)
    {
        var s = Joint(counts);
        var res = new int[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            int b = 0;
            for (int c = 1; c < s[i].Length; c++)
                if (s[i][c] > s[i][b]) b = c;
            res[i] = _cls![b];
        }
        return res;
    }

    private double[][] Joint(int[][] counts)
    {
        if (_cls is null || _lp is null || _lt is null) throw new InvalidOperationException("not fitted");
        int d = Check(counts, _lt.GetLength(1)), k = _cls.Length;
        var s = new double[counts.Length][];
        for (int i = 0; i < counts.Length; i++)
        {
            s[i] = new double[k];
            for (int c = 0; c < k; c++)
            {
                double z = _lp[c];
                for (int j = 0; j < d; j++) z += counts[i][j] * _lt[c, j];
                s[i][c] = z;
            }
        }
        return s;
    }

    private static int Check(int[][] counts, int d)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Length == 0) throw new ArgumentException("no rows", nameof(counts));
        if (d < 0) d = counts[0]?.Length ?? 0;
        if (d == 0) throw new ArgumentException("no features", nameof(counts));
        for (int i = 0; i < counts.Length; i++)
        {
            if (counts[i] is null || counts[i].Length != d) throw new ArgumentException($"row {i} ragged", nameof(counts));
            foreach (int v in counts[i])
                if (v < 0) throw new ArgumentException($"row {i} has a negative count", nameof(counts));
        }
        return d;
    }
}
