// Mistake: softmax subtracts the largest score of the whole score matrix instead of each row's own maximum, so a row far below it underflows to all-zero weights and 0/0.
// Expect: none
namespace MlKata.Katas;

public static class Attention
{
    public static double[][] ScaledDotProduct(double[][] q, double[][] k, double[][] v, bool causal = false)
    {
        Validate(q, k, v);
        int n = q.Length, m = k.Length, d = q[0].Length, dv = v[0].Length;
        double scale = 1.0 / Math.Sqrt(d);
        var scores = new double[n][];
        double max = double.NegativeInfinity;
        for (int i = 0; i < n; i++)
        {
            scores[i] = new double[m];
            for (int j = 0; j < m; j++)
            {
                if (causal && j > i) { scores[i][j] = double.NegativeInfinity; continue; }
                double dot = 0;
                for (int t = 0; t < d; t++) dot += q[i][t] * k[j][t];
                scores[i][j] = dot * scale;
                max = Math.Max(max, scores[i][j]);
            }
        }
        var output = new double[n][];
        for (int i = 0; i < n; i++)
        {
            double total = 0;
            var weights = new double[m];
            for (int j = 0; j < m; j++) { weights[j] = Math.Exp(scores[i][j] - max); total += weights[j]; }
            output[i] = new double[dv];
            for (int j = 0; j < m; j++)
                for (int t = 0; t < dv; t++) output[i][t] += weights[j] / total * v[j][t];
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
