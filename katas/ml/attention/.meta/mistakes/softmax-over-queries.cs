// Mistake: softmax normalises each column of the score matrix (over the queries, dim 0) instead of each row (over the keys), so a query's weights no longer sum to 1.
// Expect: none
namespace MlKata.Katas;

public static class Attention
{
    public static double[][] ScaledDotProduct(double[][] q, double[][] k, double[][] v, bool causal = false)
    {
        Validate(q, k, v);
        int n = q.Length, m = k.Length, d = q[0].Length, dv = v[0].Length;
        double scale = 1.0 / Math.Sqrt(d);
        var weights = new double[n, m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++)
            {
                double dot = 0;
                for (int t = 0; t < d; t++) dot += q[i][t] * k[j][t];
                weights[i, j] = causal && j > i ? double.NegativeInfinity : dot * scale;
            }
        for (int j = 0; j < m; j++)
        {
            double max = double.NegativeInfinity, total = 0;
            for (int i = 0; i < n; i++) max = Math.Max(max, weights[i, j]);
            for (int i = 0; i < n; i++) { weights[i, j] = Math.Exp(weights[i, j] - max); total += weights[i, j]; }
            for (int i = 0; i < n; i++) weights[i, j] /= total;
        }
        var output = new double[n][];
        for (int i = 0; i < n; i++)
        {
            output[i] = new double[dv];
            for (int j = 0; j < m; j++)
                for (int t = 0; t < dv; t++) output[i][t] += weights[i, j] * v[j][t];
        }
        return output;
    }

    private static void Validate(double[][] q, double[][] k, double[][] v)
    {
        if (q.Length == 0) throw new ArgumentException("empty", nameof(q));
        if (k.Length == 0) throw new ArgumentException("empty", nameof(k));
        if (v.Length == 0) throw new ArgumentException("empty", nameof(v));
        if (q.Any(r => r.Length != q[0].Length) || q[0].Length == 0) throw new ArgumentException("bad rows", nameof(q));
        if (k.Any(r => r.Length != q[0].Length)) throw new ArgumentException("key width", nameof(k));
        if (v.Length != k.Length || v.Any(r => r.Length != v[0].Length)) throw new ArgumentException("values", nameof(v));
    }
}
