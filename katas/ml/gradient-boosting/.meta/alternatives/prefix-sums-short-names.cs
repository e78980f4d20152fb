namespace MlKata.Katas;

public sealed class GradientBoostingRegressor
{
    private readonly int _m;
    private readonly double _lr;
    private double _f0;
    private (double t, double l, double r)[]? _h;

    public GradientBoostingRegressor(int estimators, double learningRate)
    {
        if (estimators < 0) throw new ArgumentOutOfRangeException(nameof(estimators), estimators, "estimators < 0");
        if (double.IsNaN(learningRate) || learningRate <= 0 || double.IsPositiveInfinity(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "lr must be > 0 and finite");
        (_m, _lr) = (estimators, learningRate);
    }

    public void Fit(double[] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        int n = x.Length;
        if (n == 0) throw new ArgumentException("empty", nameof(x));
        if (y.Length != n) throw new ArgumentException("length mismatch", nameof(y));
        for (int i = 0; i < n; i++)
            if (!double.IsFinite(x[i])) throw new ArgumentException($"x[{i}] not finite", nameof(x));
        for (int i = 0; i < n; i++)
            if (!double.IsFinite(y[i])) throw new ArgumentException($"y[{i}] not finite", nameof(y));

        var idx = Enumerable.Range(0, n).ToArray();
        Array.Sort(idx, (a, b) => x[a].CompareTo(x[b]));
        var xs = new double[n];
        var r = new double[n];
        double f0 = 0;
        for (int i = 0; i < n; i++) f0 += y[i];
        f0 /= n;
        for (int i = 0; i < n; i++) { xs[i] = x[idx[i]]; r[i] = y[idx[i]] - f0; }

        var h = new (double t, double l, double r)[_m];
        var pre = new double[n + 1];
        for (int m = 0; m < _m; m++)
        {
            for (int i = 0; i < n; i++) pre[i + 1] = pre[i] + r[i];
            double tot = pre[n];
            var best = (t: double.PositiveInfinity, l: tot / n, r: tot / n);
            double bs = double.NegativeInfinity;
            for (int k = 1; k < n; k++) // left = first k sorted samples
            {
                if (xs[k - 1] == xs[k]) continue;
                double sl = pre[k], sr = tot - sl;
                double s = sl * sl / k + sr * sr / (n - k); // larger s = smaller SSE
                if (s > bs + 1e-12 * Math.Max(1.0, Math.Abs(bs)) || double.IsNegativeInfinity(bs))
                {
                    bs = s;
                    best = (xs[k - 1] + (xs[k] - xs[k - 1]) / 2, sl / k, sr / (n - k));
                }
            }
            for (int i = 0; i < n; i++) r[i] -= _lr * (xs[i] <= best.t ? best.l : best.r);
            h[m] = best;
        }
        (_f0, _h) = (f0, h);
    }

    public double[] Predict(double[] x)
    {
        if (_h is null) throw new InvalidOperationException("not fitted");
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0) throw new ArgumentException("empty", nameof(x));
        var p = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i])) throw new ArgumentException($"x[{i}] is NaN", nameof(x));
            double s = 0;
            foreach (var (t, l, rv) in _h) s += x[i] <= t ? l : rv;
            p[i] = _f0 + _lr * s;
        }
        return p;
    }
}
