namespace MlKata.Katas;

public static class Pca
{
    public static (double[][] Components, double[] ExplainedVariance) Fit(double[][] x, int components)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length < 2)
            throw new ArgumentException($"PCA needs at least 2 samples for a sample variance; x has {x.Length}.", nameof(x));
        int n = x.Length, d = x[0]?.Length ?? 0;
        for (int i = 0; i < n; i++)
        {
            if (x[i] is null || x[i].Length != d)
                throw new ArgumentException($"Row {i} does not have {d} features like row 0.", nameof(x));
            for (int j = 0; j < d; j++)
                if (!double.IsFinite(x[i][j])) throw new ArgumentException($"x[{i}][{j}] is {x[i][j]}; values must be finite.", nameof(x));
        }
        if (components < 1 || components > d)
            throw new ArgumentOutOfRangeException(nameof(components), components, $"components must be between 1 and the {d} features.");

        double[,] covariance = Covariance(x, n, d);
        var (values, vectors) = SymmetricEigen(covariance);

        // Largest variance first; a stable sort keeps equal eigenvalues in solver order.
        int[] order = Enumerable.Range(0, d).OrderByDescending(i => values[i]).ToArray();
        var result = new double[components][];
        var explained = new double[components];
        for (int c = 0; c < components; c++)
        {
            int k = order[c];
            var v = new double[d];
            double norm = 0;
            for (int j = 0; j < d; j++) { v[j] = vectors[j, k]; norm += v[j] * v[j]; }
            norm = Math.Sqrt(norm);
            for (int j = 0; j < d; j++) v[j] /= norm;
            FixSign(v);
            result[c] = v;
            explained[c] = Math.Max(0.0, values[k]);   // a covariance is PSD; clear -1e-17 rounding
        }
        return (result, explained);
    }

    // Sample covariance (divides by n - 1) of the centred columns, without copying x.
    private static double[,] Covariance(double[][] x, int n, int d)
    {
        var mean = new double[d];
        foreach (double[] row in x)
            for (int j = 0; j < d; j++) mean[j] += row[j];
        for (int j = 0; j < d; j++) mean[j] /= n;

        var covariance = new double[d, d];
        var centred = new double[d];
        foreach (double[] row in x)
        {
            for (int j = 0; j < d; j++) centred[j] = row[j] - mean[j];
            for (int j = 0; j < d; j++)
                for (int k = j; k < d; k++) covariance[j, k] += centred[j] * centred[k];
        }
        for (int j = 0; j < d; j++)
            for (int k = j; k < d; k++)
                covariance[k, j] = covariance[j, k] /= n - 1;
        return covariance;
    }

    // Cyclic Jacobi eigenvalue method for a symmetric matrix (which it overwrites): returns the
    // eigenvalues and the eigenvectors as the columns of an orthogonal matrix.
    private static (double[] Values, double[,] Vectors) SymmetricEigen(double[,] a)
    {
        int d = a.GetLength(0);
        var v = new double[d, d];
        for (int i = 0; i < d; i++) v[i, i] = 1.0;

        for (int sweep = 0; sweep < 100; sweep++)
        {
            double off = 0, all = 0;
            for (int p = 0; p < d; p++)
                for (int q = 0; q < d; q++)
                {
                    all += a[p, q] * a[p, q];
                    if (p != q) off += a[p, q] * a[p, q];
                }
            if (off <= 1e-30 * all) break;

            for (int p = 0; p < d - 1; p++)
                for (int q = p + 1; q < d; q++)
                {
                    double apq = a[p, q];
                    if (apq == 0) continue;
                    double theta = (a[q, q] - a[p, p]) / (2 * apq);
                    double t = (theta >= 0 ? 1.0 : -1.0) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    double c = 1 / Math.Sqrt(t * t + 1), s = t * c;

                    a[p, p] -= t * apq;
                    a[q, q] += t * apq;
                    a[p, q] = a[q, p] = 0;
                    for (int r = 0; r < d; r++)
                    {
                        if (r != p && r != q)
                        {
                            double arp = a[r, p], arq = a[r, q];
                            a[r, p] = a[p, r] = c * arp - s * arq;
                            a[r, q] = a[q, r] = s * arp + c * arq;
                        }
                        double vrp = v[r, p], vrq = v[r, q];
                        v[r, p] = c * vrp - s * vrq;
                        v[r, q] = s * vrp + c * vrq;
                    }
                }
        }

        var values = new double[d];
        for (int i = 0; i < d; i++) values[i] = a[i, i];
        return (values, v);
    }

    // The first entry of largest magnitude (ties within 1e-12 -> lowest index) becomes positive.
    private static void FixSign(double[] v)
    {
        double largest = v.Max(Math.Abs);
        int pivot = Array.FindIndex(v, e => Math.Abs(e) >= largest - 1e-12);
        if (v[pivot] < 0)
            for (int j = 0; j < v.Length; j++) v[j] = -v[j];
    }
}
