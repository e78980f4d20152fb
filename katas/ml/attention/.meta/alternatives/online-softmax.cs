namespace MlKata.Katas;

public static class Attention
{
    public static double[][] ScaledDotProduct(double[][] q, double[][] k, double[][] v, bool causal = false)
    {
        int d = Cols(q, nameof(q)), dk = Cols(k, nameof(k)), dv = Cols(v, nameof(v));
        if (d == 0) throw new ArgumentException("d = 0", nameof(q));
        if (dk != d) throw new ArgumentException("key width != query width", nameof(k));
        if (v.Length != k.Length) throw new ArgumentException("v rows != k rows", nameof(v));

        double sc = 1 / Math.Sqrt(d);
        var o = new double[q.Length][];
        for (int i = 0; i < q.Length; i++)
        {
            // One pass, flash-attention style: keep a running max m, the running denominator l and
            // the running numerator acc, rescaling both whenever m grows.
            double m = double.NegativeInfinity, l = 0;
            var acc = new double[dv];
            int n = causal ? Math.Min(i + 1, k.Length) : k.Length;
            for (int j = 0; j < n; j++)
            {
                double s = 0;
                for (int t = 0; t < d; t++) s += q[i][t] * k[j][t];
                s *= sc;
                double mNew = Math.Max(m, s);
                double shrink = Math.Exp(m - mNew); // e^-inf = 0 on the first key
                double p = Math.Exp(s - mNew);
                l = l * shrink + p;
                for (int t = 0; t < dv; t++) acc[t] = acc[t] * shrink + p * v[j][t];
                m = mNew;
            }
            for (int t = 0; t < dv; t++) acc[t] /= l;
            o[i] = acc;
        }
        return o;
    }

    private static int Cols(double[][] a, string name)
    {
        if (a is null) throw new ArgumentNullException(name);
        if (a.Length == 0) throw new ArgumentException("no rows", name);
        int w = a[0]?.Length ?? throw new ArgumentException("null row", name);
        foreach (var r in a)
            if (r is null || r.Length != w) throw new ArgumentException("ragged rows", name);
        return w;
    }
}
