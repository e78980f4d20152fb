namespace MlKata.Katas;

public sealed class KNearestNeighbors
{
    private readonly int _k;
    private double[][]? _x;
    private int[]? _y;

    public KNearestNeighbors(int k)
    {
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "k < 1");
        _k = k;
    }

    public void Fit(double[][] x, int[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0) throw new ArgumentException("no training rows", nameof(x));
        Rect(x, x[0]?.Length ?? -1);
        ArgumentNullException.ThrowIfNull(y);
        if (y.Length != x.Length) throw new ArgumentException("y length != rows", nameof(y));
        if (_k > x.Length) throw new ArgumentException($"k={_k} > {x.Length} rows", nameof(x));
        _x = x.Select(r => (double[])r.Clone()).ToArray();
        _y = (int[])y.Clone();
    }

    public int[] Predict(double[][] x)
    {
        if (_x is null || _y is null) throw new InvalidOperationException("not fitted");
        ArgumentNullException.ThrowIfNull(x);
        Rect(x, _x[0].Length);

        var res = new int[x.Length];
        var bd = new double[_k]; // the k best distances so far, ascending
        var bi = new int[_k];    // their training indices
        for (int q = 0; q < x.Length; q++)
        {
            int m = 0;
            for (int i = 0; i < _x.Length; i++)
            {
                double d = 0;
                for (int j = 0; j < x[q].Length; j++) d += (x[q][j] - _x[i][j]) * (x[q][j] - _x[i][j]);
                if (m == _k && d >= bd[m - 1]) continue; // not strictly closer: the earlier point stays
                int p = m < _k ? m++ : m - 1;
                while (p > 0 && bd[p - 1] > d) { bd[p] = bd[p - 1]; bi[p] = bi[p - 1]; p--; }
                bd[p] = d;
                bi[p] = i;
            }

            var votes = new SortedDictionary<int, int>(); // ascending labels: the first max wins ties
            for (int t = 0; t < m; t++) votes[_y[bi[t]]] = votes.GetValueOrDefault(_y[bi[t]]) + 1;
            int best = 0, top = -1;
            foreach (var (lab, c) in votes)
                if (c > top) (best, top) = (lab, c);
            res[q] = best;
        }
        return res;
    }

    private static void Rect(double[][] x, int d)
    {
        for (int i = 0; i < x.Length; i++)
            if (x[i] is null || x[i].Length != d) throw new ArgumentException($"x[{i}] is not {d} wide", nameof(x));
    }
}
