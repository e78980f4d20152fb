namespace MlKata.Katas;

public sealed class StandardScaler
{
    private double[]? featureMeans;
    private double[]? featureScales;

    public void Fit(double[][] x)
    {
        int featureCount = CheckMatrix(x, requiredWidth: null);
        var means = new double[featureCount];
        var scales = new double[featureCount];
        for (int feature = 0; feature < featureCount; feature++)
        {
            var column = x.Select(row => row[feature]).ToArray();
            double mean = column.Average();
            bool constant = column.All(value => value == column[0]);
            means[feature] = mean;
            scales[feature] = constant ? 1.0 : Math.Sqrt(column.Average(value => (value - mean) * (value - mean)));
        }
        featureMeans = means;
        featureScales = scales;
    }

    public double[][] Transform(double[][] x)
    {
        if (featureMeans is null || featureScales is null) throw new InvalidOperationException("Call Fit before Transform.");
        var means = featureMeans;
        var scales = featureScales;
        CheckMatrix(x, means.Length);
        return x.Select(row => row.Select((value, feature) => (value - means[feature]) / scales[feature]).ToArray()).ToArray();
    }

    public double[] Mean => featureMeans?.ToArray() ?? throw new InvalidOperationException("Call Fit before reading Mean.");

    public double[] Scale => featureScales?.ToArray() ?? throw new InvalidOperationException("Call Fit before reading Scale.");

    private static int CheckMatrix(double[][] x, int? requiredWidth)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0) throw new ArgumentException("x must have at least one row.", nameof(x));
        if (x.Any(row => row is null)) throw new ArgumentException("x has a null row.", nameof(x));
        int width = x[0].Length;
        if (x.Any(row => row.Length != width)) throw new ArgumentException("The rows of x differ in length.", nameof(x));
        if (requiredWidth.HasValue && width != requiredWidth.Value)
            throw new ArgumentException($"x has {width} features; the scaler was fitted with {requiredWidth.Value}.", nameof(x));
        return width;
    }
}
