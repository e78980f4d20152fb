namespace MlKata.Katas;

public static class RegularizedRegression
{
    // Ridge: Gaussian elimination with partial pivoting on (XᵀX + αI)·w = Xᵀy.
    public static double[] Ridge(double[][] x, double[] y, double alpha)
    {
        int d = Check(x, y, alpha), n = x.Length;
        var a = new double[d, d];
        var b = new double[d];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++)
            {
                b[j] += x[i][j] * y[i];
                for (int k = 0; k < d; k++) a[j, k] += x[i][j] * x[i][k];
            }
        double big = 0;
        for (int j = 0; j < d; j++)
        {
            a[j, j] += alpha;
            big = Math.Max(big, Math.Abs(a[j, j]));
        }

        for (int c = 0; c < d; c++)
        {
            int p = c;
            for (int r = c + 1; r < d; r++)
                if (Math.Abs(a[r, c]) > Math.Abs(a[p, c])) p = r;
            if (!(Math.Abs(a[p, c]) > 1e-12 * big))
                throw new InvalidOperationException("singular system: XᵀX + αI has no inverse");
            if (p != c)
            {
                for (int k = 0; k < d; k++) (a[c, k], a[p, k]) = (a[p, k], a[c, k]);
                (b[c], b[p]) = (b[p], b[c]);
            }
            for (int r = c + 1; r < d; r++)
            {
                double f = a[r, c] / a[c, c];
                if (f == 0) continue;
                for (int k = c; k < d; k++) a[r, k] -= f * a[c, k];
                b[r] -= f * b[c];
            }
        }
        var w = new double[d];
        for (int j = d - 1; j >= 0; j--)
        {
            double s = b[j];
            for (int k = j + 1; k < d; k++) s -= a[j, k] * w[k];
            w[j] = s / a[j, j];
        }
        return w;
    }

    // Lasso: coordinate descent on the Gram matrix G = XᵀX/n and c = Xᵀy/n (covariance updates),
    // so each coordinate step costs O(d) instead of O(n).
    public static double[] Lasso(double[][] x, double[] y, double alpha, int maxIterations = 1000, double tolerance = 1e-6)
    {
        int d = Check(x, y, alpha), n = x.Length;
        if (maxIterations < 1) throw new ArgumentOutOfRangeException(nameof(maxIterations), maxIterations, "need >= 1 sweep");
        if (double.IsNaN(tolerance) || tolerance < 0) throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "need tolerance >= 0");

        var g = new double[d, d];
        var c = new double[d];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++)
            {
                c[j] += x[i][j] * y[i] / n;
                for (int k = 0; k < d; k++) g[j, k] += x[i][j] * x[i][k] / n;
            }

        var w = new double[d];
        for (int it = 0; it < maxIterations; it++)
        {
            double maxDelta = 0;
            for (int j = 0; j < d; j++)
            {
                if (g[j, j] == 0) continue;
                double rho = c[j];
                for (int k = 0; k < d; k++)
                    if (k != j) rho -= g[j, k] * w[k];
                double nw = rho > alpha ? (rho - alpha) / g[j, j] : rho < -alpha ? (rho + alpha) / g[j, j] : 0.0;
                maxDelta = Math.Max(maxDelta, Math.Abs(nw - w[j]));
                w[j] = nw;
            }
            if (maxDelta <= tolerance) break;
        }
        return w;
    }

    private static int Check(double[][] x, double[] y, double alpha)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length == 0) throw new ArgumentException("x is empty", nameof(x));
        int d = x[0]?.Length ?? -1;
        foreach (var r in x)
            if (r is null || r.Length != d) throw new ArgumentException("x is ragged", nameof(x));
        if (y.Length != x.Length) throw new ArgumentException("y length != rows", nameof(y));
        if (double.IsNaN(alpha) || alpha < 0 || double.IsInfinity(alpha)) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be finite and >= 0");
        return d;
    }
}
