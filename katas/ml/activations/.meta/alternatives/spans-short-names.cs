namespace MlKata.Katas;

public static class Activations
{
    // σ(z) = (1 + tanh(z/2)) / 2 never overflows: tanh saturates at ±1.
    public static double Sigmoid(double z) => 0.5 + 0.5 * Math.Tanh(0.5 * z);

    public static double Relu(double z) => Math.Max(z, 0.0);

    public static double[] Softmax(double[] logits)
    {
        ReadOnlySpan<double> z = Req(logits, nameof(logits));
        double m = MaxOf(z), s = 0;
        var p = new double[z.Length];
        for (int i = 0; i < z.Length; i++) s += p[i] = Math.Exp(z[i] - m); // max-shifted: every exp ≤ 1
        for (int i = 0; i < p.Length; i++) p[i] /= s;
        return p;
    }

    public static double LogSumExp(double[] values)
    {
        ReadOnlySpan<double> v = Req(values, nameof(values));
        double m = MaxOf(v);
        if (double.IsInfinity(m)) return m;
        double s = 0;
        foreach (double x in v) s += Math.Exp(x - m);
        return m + Math.Log(s);
    }

    public static double SoftmaxCrossEntropy(double[] logits, int target)
    {
        ReadOnlySpan<double> z = Req(logits, nameof(logits));
        if (target < 0 || target >= z.Length) throw new ArgumentOutOfRangeException(nameof(target), target, "target not a class index");
        double m = MaxOf(z), s = 0;
        foreach (double x in z) s += Math.Exp(x - m);
        // −log p_t = log Σ e^{z_i} − z_t, computed without ever forming p_t.
        return m + Math.Log(s) - z[target];
    }

    private static double MaxOf(ReadOnlySpan<double> v)
    {
        double m = double.NegativeInfinity;
        foreach (double x in v) if (x > m) m = x;
        return m;
    }

    private static double[] Req(double[] a, string name)
    {
        if (a is null) throw new ArgumentNullException(name);
        if (a.Length == 0) throw new ArgumentException("empty array", name);
        return a;
    }
}
