namespace MlKata.Katas;

public sealed class StandardScaler
{
    private sealed record Stats(double[] Mu, double[] Sigma);

    private Stats? _s;

    public void Fit(double[][] x)
    {
        int d = Width(x);
        int n = x.Length;
        var mu = new double[d];
        var sd = new double[d];
        var same = new bool[d];
        Array.Fill(same, true);
        foreach (var r in x)
            for (int j = 0; j < d; j++)
            {
                mu[j] += r[j];
                if (r[j] != x[0][j]) same[j] = false;
            }
        for (int j = 0; j < d; j++) mu[j] /= n;
        foreach (var r in x)
            for (int j = 0; j < d; j++)
                sd[j] += (r[j] - mu[j]) * (r[j] - mu[j]);
        for (int j = 0; j < d; j++) sd[j] = same[j] ? 1.0 : Math.Sqrt(sd[j] / n);
        _s = new Stats(mu, sd);
    }

    public double[][] Transform(double[][] x)
    {
        var s = _s ?? throw new InvalidOperationException("not fitted");
        int d = Width(x);
        if (d != s.Mu.Length) throw new ArgumentException($"expected {s.Mu.Length} features, got {d}", nameof(x));
        var z = new double[x.Length][];
        for (int i = 0; i < x.Length; i++)
        {
            z[i] = new double[d];
            for (int j = 0; j < d; j++) z[i][j] = (x[i][j] - s.Mu[j]) / s.Sigma[j];
        }
        return z;
    }

    public double[] Mean => (double[])(_s ?? throw new InvalidOperationException("not fitted")).Mu.Clone();

    public double[] Scale => (double[])(_s ?? throw new InvalidOperationException("not fitted")).Sigma.Clone();

    private static int Width(double[][] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0) throw new ArgumentException("no rows", nameof(x));
        int d = x[0]?.Length ?? throw new ArgumentException("x[0] is null", nameof(x));
        for (int i = 1; i < x.Length; i++)
            if (x[i] is null || x[i].Length != d) throw new ArgumentException($"row {i} is null or ragged", nameof(x));
        return d;
    }
}
