namespace MlKata.Katas;

public sealed class StandardScaler
{
    private double[]? _mean;
    private double[]? _scale;

    public void Fit(double[][] x)
    {
        int features = ValidateMatrix(x, expectedFeatures: null);
        int n = x.Length;

        var mean = new double[features];
        var min = new double[features];
        var max = new double[features];
        Array.Copy(x[0], min, features);
        Array.Copy(x[0], max, features);
        foreach (var row in x)
        {
            for (int j = 0; j < features; j++)
            {
                double v = row[j];
                mean[j] += v;
                if (v < min[j]) min[j] = v;
                if (v > max[j]) max[j] = v;
            }
        }
        for (int j = 0; j < features; j++) mean[j] /= n;

        // Second pass: squared deviations from the mean (no E[x^2] - E[x]^2 cancellation).
        var scale = new double[features];
        foreach (var row in x)
        {
            for (int j = 0; j < features; j++)
            {
                double d = row[j] - mean[j];
                scale[j] += d * d;
            }
        }
        for (int j = 0; j < features; j++)
        {
            // A constant column has no spread; decided from the values, not from a rounded deviation.
            scale[j] = min[j] == max[j] ? 1.0 : Math.Sqrt(scale[j] / n);
        }

        _mean = mean;
        _scale = scale;
    }

    public double[][] Transform(double[][] x)
    {
        var (mean, scale) = Fitted();
        ValidateMatrix(x, expectedFeatures: mean.Length);
        var result = new double[x.Length][];
        for (int i = 0; i < x.Length; i++)
        {
            var row = x[i];
            var output = new double[row.Length];
            for (int j = 0; j < row.Length; j++) output[j] = (row[j] - mean[j]) / scale[j];
            result[i] = output;
        }
        return result;
    }

    public double[] Mean => (double[])Fitted().Mean.Clone();

    public double[] Scale => (double[])Fitted().Scale.Clone();

    private (double[] Mean, double[] Scale) Fitted() =>
        _mean is not null && _scale is not null
            ? (_mean, _scale)
            : throw new InvalidOperationException("The scaler is not fitted yet: call Fit first.");

    private static int ValidateMatrix(double[][] x, int? expectedFeatures)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0) throw new ArgumentException("x has no rows.", nameof(x));
        if (x[0] is null) throw new ArgumentException("x[0] is null.", nameof(x));
        int features = x[0].Length;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] is null) throw new ArgumentException($"x[{i}] is null.", nameof(x));
            if (x[i].Length != features)
                throw new ArgumentException($"x[{i}] has {x[i].Length} features but x[0] has {features}.", nameof(x));
        }
        if (expectedFeatures is int expected && features != expected)
            throw new ArgumentException($"x has {features} features but the scaler was fitted on {expected}.", nameof(x));
        return features;
    }
}
