namespace MlKata.Katas;

public static class Pca
{
    public static (double[][] Components, double[] ExplainedVariance) Fit(double[][] x, int components)
    {
        ArgumentNullException.ThrowIfNull(x);
        int n = x.Length;
        if (n < 2) throw new ArgumentException("need at least 2 samples", nameof(x));
        int d = x[0]?.Length ?? -1;
        foreach (var row in x)
        {
            if (row is null || row.Length != d) throw new ArgumentException("ragged x", nameof(x));
            foreach (double v in row)
                if (!double.IsFinite(v)) throw new ArgumentException("non-finite value in x", nameof(x));
        }
        if (components < 1 || components > d) throw new ArgumentOutOfRangeException(nameof(components), components, $"need 1..{d}");

        var mu = new double[d];
        foreach (var row in x)
            for (int j = 0; j < d; j++) mu[j] += row[j] / n;
        var c = new double[d, d];
        foreach (var row in x)
            for (int j = 0; j < d; j++)
                for (int k = 0; k < d; k++) c[j, k] += (row[j] - mu[j]) * (row[k] - mu[k]) / (n - 1);

        // Power iteration, kept orthogonal to the components already found, so each round finds
        // the largest remaining eigenvalue; a direction with no variance left keeps its start.
        double trace = 0;
        for (int j = 0; j < d; j++) trace += c[j, j];
        var vecs = new double[components][];
        var vals = new double[components];
        for (int p = 0; p < components; p++)
        {
            var v = Start(p);
            for (int it = 0; it < 100_000; it++)
            {
                var w = MatVec(c, v);
                Orthogonalize(w, vecs, p);
                double len = Norm(w);
                if (len <= 1e-12 * trace) break; // C v ≈ 0 on what is left: v is an eigenvector for 0
                double diff = 0;
                for (int j = 0; j < d; j++)
                {
                    w[j] /= len;
                    diff = Math.Max(diff, Math.Abs(w[j] - v[j]));
                }
                v = w;
                if (diff < 1e-14) break;
            }
            var cv = MatVec(c, v);
            double lambda = 0;
            for (int j = 0; j < d; j++) lambda += v[j] * cv[j]; // Rayleigh quotient
            double big = v.Max(Math.Abs);
            int piv = Array.FindIndex(v, e => Math.Abs(e) >= big - 1e-12);
            if (v[piv] < 0)
                for (int j = 0; j < d; j++) v[j] = -v[j];
            vecs[p] = v;
            vals[p] = Math.Max(0.0, lambda);
        }
        return (vecs, vals);

        double[] Start(int p)
        {
            // (1, 2, ..., d) first, then the unit vectors, whichever keeps a part orthogonal to vecs[..p].
            for (int attempt = -1; attempt < d; attempt++)
            {
                var s = new double[d];
                for (int j = 0; j < d; j++) s[j] = attempt < 0 ? j + 1 : (j == attempt ? 1 : 0);
                Orthogonalize(s, vecs, p);
                double len = Norm(s);
                if (len > 1e-6)
                {
                    for (int j = 0; j < d; j++) s[j] /= len;
                    return s;
                }
            }
            throw new InvalidOperationException("no direction left"); // cannot happen for p < d
        }
    }

    private static double[] MatVec(double[,] a, double[] v)
    {
        int d = v.Length;
        var r = new double[d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++) r[i] += a[i, j] * v[j];
        return r;
    }

    private static void Orthogonalize(double[] w, double[][] basis, int count)
    {
        for (int q = 0; q < count; q++)
        {
            double dot = 0;
            for (int j = 0; j < w.Length; j++) dot += w[j] * basis[q][j];
            for (int j = 0; j < w.Length; j++) w[j] -= dot * basis[q][j];
        }
    }

    private static double Norm(double[] v)
    {
        double s = 0;
        foreach (double e in v) s += e * e;
        return Math.Sqrt(s);
    }
}
