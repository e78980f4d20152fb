namespace MlKata.Katas;

public sealed class KMeans
{
    private readonly int _k, _maxIt;
    private readonly double _tol;
    private double[][]? _c;
    private double _inertia;
    private int _it;

    public KMeans(int k, int maxIterations = 300, double tolerance = 1e-4)
    {
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "k < 1");
        if (maxIterations < 1) throw new ArgumentOutOfRangeException(nameof(maxIterations), maxIterations, "maxIterations < 1");
        if (double.IsNaN(tolerance) || tolerance < 0) throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "tolerance < 0");
        (_k, _maxIt, _tol) = (k, maxIterations, tolerance);
    }

    public double[][] Centroids => (_c ?? throw new InvalidOperationException("not fitted")).Select(r => r.ToArray()).ToArray();

    public double Inertia => _c is null ? throw new InvalidOperationException("not fitted") : _inertia;

    public int Iterations => _c is null ? throw new InvalidOperationException("not fitted") : _it;

    public int[] Fit(double[][] x, double[][] initialCentroids)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(initialCentroids);
        if (x.Length == 0) throw new ArgumentException("no points", nameof(x));
        int d = x[0]?.Length ?? -1;
        foreach (var p in x)
            if (p is null || p.Length != d) throw new ArgumentException("ragged x", nameof(x));
        if (initialCentroids.Length != _k) throw new ArgumentException($"need {_k} centroids", nameof(initialCentroids));
        foreach (var c0 in initialCentroids)
            if (c0 is null || c0.Length != d) throw new ArgumentException("centroid width != point width", nameof(initialCentroids));

        int n = x.Length;
        var c = initialCentroids.Select(r => r.ToArray()).ToArray();
        var lab = new int[n];
        Array.Fill(lab, -1);
        int it = 0;
        double inertia;
        double shift = double.PositiveInfinity; // nothing has moved yet
        while (true)
        {
            it++;
            var (changed, sse) = Assign();
            inertia = sse;
            bool stop = !changed || shift <= _tol || it == _maxIt;
            if (stop) break;
            shift = Update();
        }
        (_c, _inertia, _it) = (c, inertia, it);
        return lab;

        (bool changed, double sse) Assign()
        {
            bool ch = false;
            double s = 0;
            for (int i = 0; i < n; i++)
            {
                int b = 0;
                double bd = double.PositiveInfinity;
                for (int j = 0; j < _k; j++)
                {
                    double dd = 0;
                    for (int f = 0; f < d; f++) dd += (x[i][f] - c[j][f]) * (x[i][f] - c[j][f]);
                    if (dd < bd) (b, bd) = (j, dd);
                }
                ch |= lab[i] != b;
                lab[i] = b;
                s += bd;
            }
            return (ch, s);
        }

        double Update()
        {
            var sum = new double[_k, d];
            var cnt = new int[_k];
            for (int i = 0; i < n; i++)
            {
                cnt[lab[i]]++;
                for (int f = 0; f < d; f++) sum[lab[i], f] += x[i][f];
            }
            double mx = 0;
            for (int j = 0; j < _k; j++)
            {
                if (cnt[j] == 0) continue; // empty cluster: keep the old centroid
                double sq = 0;
                for (int f = 0; f < d; f++)
                {
                    double m = sum[j, f] / cnt[j];
                    sq += (m - c[j][f]) * (m - c[j][f]);
                    c[j][f] = m;
                }
                mx = Math.Max(mx, Math.Sqrt(sq));
            }
            return mx;
        }
    }
}
