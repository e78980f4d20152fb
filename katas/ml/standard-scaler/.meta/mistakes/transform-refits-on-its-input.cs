// Mistake: Transform recomputes the mean and scale from the data it is given instead of using Fit's, which leaks test statistics and maps a single row to zeros.
// Expect: MLK1303
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
        var (mean, scale) = Statistics(x);
        return x.Select(row => row.Select((v, j) => (v - mean[j]) / scale[j]).ToArray()).ToArray();
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
            bool constant = true;
            for (int i = 0; i < n; i++)
            {
                ss += (x[i][j] - mean[j]) * (x[i][j] - mean[j]);
                if (x[i][j] != x[0][j]) constant = false;
            }
            scale[j] = constant ? 1.0 : Math.Sqrt(ss / (n - ddof));
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
