namespace MlKata.Katas;

public static class Pca
{
    // PCA as the SVD of the centred data: one-sided (Hestenes) Jacobi rotates pairs of columns of
    // X until all columns are orthogonal. Then X·V has orthogonal columns, the columns of V are the
    // principal directions, and each column's squared length over n − 1 is its variance.
    public static (double[][] Components, double[] ExplainedVariance) Fit(double[][] x, int components)
    {
        ArgumentNullException.ThrowIfNull(x);
        int n = x.Length;
        if (n < 2) throw new ArgumentException("need at least 2 samples", nameof(x));
        int d = x[0]?.Length ?? -1;
        foreach (var row in x)
        {
            if (row is null || row.Length != d) throw new ArgumentException("ragged x", nameof(x));
            foreach (double e in row)
                if (!double.IsFinite(e)) throw new ArgumentException("non-finite value in x", nameof(x));
        }
        if (components < 1 || components > d) throw new ArgumentOutOfRangeException(nameof(components), components, $"need 1..{d}");

        var a = new double[n, d];
        for (int j = 0; j < d; j++)
        {
            double mu = 0;
            for (int i = 0; i < n; i++) mu += x[i][j];
            mu /= n;
            for (int i = 0; i < n; i++) a[i, j] = x[i][j] - mu;
        }
        var v = new double[d, d];
        for (int j = 0; j < d; j++) v[j, j] = 1;

        for (int sweep = 0; sweep < 100; sweep++)
        {
            bool rotated = false;
            for (int p = 0; p < d - 1; p++)
                for (int q = p + 1; q < d; q++)
                {
                    double al = 0, be = 0, ga = 0;
                    for (int i = 0; i < n; i++)
                    {
                        al += a[i, p] * a[i, p];
                        be += a[i, q] * a[i, q];
                        ga += a[i, p] * a[i, q];
                    }
                    if (Math.Abs(ga) <= 1e-15 * Math.Sqrt(al * be)) continue; // already orthogonal
                    rotated = true;
                    double zeta = (be - al) / (2 * ga);
                    double t = (zeta >= 0 ? 1 : -1) / (Math.Abs(zeta) + Math.Sqrt(1 + zeta * zeta));
                    double c = 1 / Math.Sqrt(1 + t * t), s = c * t;
                    for (int i = 0; i < n; i++)
                    {
                        double ap = a[i, p], aq = a[i, q];
                        a[i, p] = c * ap - s * aq;
                        a[i, q] = s * ap + c * aq;
                    }
                    for (int i = 0; i < d; i++)
                    {
                        double vp = v[i, p], vq = v[i, q];
                        v[i, p] = c * vp - s * vq;
                        v[i, q] = s * vp + c * vq;
                    }
                }
            if (!rotated) break;
        }

        var lam = new double[d];
        for (int j = 0; j < d; j++)
        {
            double ss = 0;
            for (int i = 0; i < n; i++) ss += a[i, j] * a[i, j];
            lam[j] = ss / (n - 1);
        }
        var idx = Enumerable.Range(0, d).OrderByDescending(j => lam[j]).ToArray(); // stable for ties

        var comps = new double[components][];
        var vars = new double[components];
        for (int c = 0; c < components; c++)
        {
            int j = idx[c];
            var w = new double[d];
            double len = 0;
            for (int i = 0; i < d; i++) { w[i] = v[i, j]; len += w[i] * w[i]; }
            len = Math.Sqrt(len);
            for (int i = 0; i < d; i++) w[i] /= len;
            double big = w.Max(Math.Abs);
            int piv = Array.FindIndex(w, e => Math.Abs(e) >= big - 1e-12);
            if (w[piv] < 0)
                for (int i = 0; i < d; i++) w[i] = -w[i];
            comps[c] = w;
            vars[c] = lam[j];
        }
        return (comps, vars);
    }
}
