// Mistake: detects a constant feature by testing the computed standard deviation against 0; rounding in the mean leaves about 1e-17 for three copies of 0.1, so the column is blown up to -1 instead of 0.
// Expect: none
namespace MlKata.Katas;

public sealed class StandardScaler
{
    private double[]? _mean;
    private double[]? _scale;

    public void Fit(double[][] x)
    {
        Validate(x);
        (_mean, _scale) = Statistics(x);
    }

    public double[][] Transform(double[][] x)
    {
        if (_mean is null || _scale is null) throw new InvalidOperationException("not fitted");
        Validate(x, _mean.Length);
        return x.Select(row => row.Select((v, j) => (v - _mean[j]) / _scale[j]).ToArray()).ToArray();
    }

    public double[] Mean => (double[])(_mean ?? throw new InvalidOperationException("not fitted")).Clone();

    public double[] Scale => (double[])(_scale ?? throw new InvalidOperationException("not fitted")).Clone();

    private static (double[] Mean, double[] Scale) Statistics(double[][] x, double ddof = 0)
    {
        int n = x.Length, d = x[0].Length;
        var mean = new double[d];
        var scale = new double[d];
        for (int j = 0; j < d; j++)
        {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += x[i][j];
            mean[j] = sum / n;
            double ss = 0;
            for (int i = 0; i < n; i++)
            {
                ss += (x[i][j] - mean[j]) * (x[i][j] - mean[j]);
            }
            double std = Math.Sqrt(ss / (n - ddof));
            scale[j] = std == 0 ? 1.0 : std;
        }
        return (mean, scale);
    }

    private static void Validate(double[][] x, int expected = -1)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0) throw new ArgumentException("no rows", nameof(x));
        int d = x[0].Length;
        foreach (var row in x)
            if (row.Length != d) throw new ArgumentException("ragged", nameof(x));
        if (expected >= 0 && d != expected) throw new ArgumentException("width", nameof(x));
    }
}
