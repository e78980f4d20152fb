namespace MlKata.Katas;

public static class DecisionTreeSplit
{
    public static double Gini(int[] labels)
    {
        Req(labels);
        double n = labels.Length, g = 1;
        foreach (int c in Counts(labels).Values) g -= (c / n) * (c / n);
        return g;
    }

    public static double Entropy(int[] labels)
    {
        Req(labels);
        double n = labels.Length, h = 0;
        foreach (int c in Counts(labels).Values)
        {
            double p = c / n;
            h += -p * Math.Log2(p);
        }
        return h;
    }

    public static (int Feature, double Threshold, double Gain) BestSplit(double[][] x, int[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        int n = x.Length;
        if (n == 0) throw new ArgumentException("no samples", nameof(x));
        if (y.Length != n) throw new ArgumentException("y length != rows", nameof(y));
        int d = x[0]?.Length ?? -1;
        for (int i = 0; i < n; i++)
        {
            if (x[i] is null || x[i].Length != d) throw new ArgumentException($"row {i} ragged", nameof(x));
            foreach (double v in x[i])
                if (double.IsNaN(v)) throw new ArgumentException($"row {i} has NaN", nameof(x));
        }

        var tot = Counts(y);
        double g0 = Gini(y);
        int bf = -1;
        double bt = double.NaN, bg = 0, best = double.NegativeInfinity;
        var idx = new int[n];
        for (int f = 0; f < d; f++)
        {
            for (int i = 0; i < n; i++) idx[i] = i;
            Array.Sort(idx, (a, b) => x[a][f].CompareTo(x[b][f]));
            var l = new Dictionary<int, int>();
            for (int i = 0; i + 1 < n; i++)
            {
                int c = y[idx[i]];
                l[c] = l.GetValueOrDefault(c) + 1;
                double lo = x[idx[i]][f], hi = x[idx[i + 1]][f];
                if (lo == hi) continue;

                int nl = i + 1, nr = n - nl;
                double gl = 1, gr = 1;
                foreach (var (k, t) in tot)
                {
                    int cl = l.GetValueOrDefault(k), cr = t - cl;
                    gl -= (double)cl / nl * cl / nl;
                    gr -= (double)cr / nr * cr / nr;
                }
                double gain = g0 - (nl * gl + nr * gr) / n;
                if (gain > best + 1e-12)
                {
                    best = gain;
                    (bf, bt, bg) = (f, lo + (hi - lo) / 2, gain);
                }
            }
        }
        return (bf, bt, bg);
    }

    private static Dictionary<int, int> Counts(int[] a)
    {
        var m = new Dictionary<int, int>();
        foreach (int v in a) m[v] = m.GetValueOrDefault(v) + 1;
        return m;
    }

    private static void Req(int[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length == 0) throw new ArgumentException("empty labels", nameof(labels));
    }
}
