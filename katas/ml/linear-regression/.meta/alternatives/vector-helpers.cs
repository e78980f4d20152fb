namespace MlKata.Katas;

public sealed class LinearRegression
{
    private readonly record struct Parameters(double[] Weights, double Bias);

    private readonly double learningRate;
    private readonly int epochs;
    private Parameters? learned;

    public LinearRegression(double learningRate = 0.01, int epochs = 1000)
    {
        if (!double.IsFinite(learningRate) || learningRate <= 0)
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be positive and finite.");
        if (epochs < 0)
            throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "The epoch count must not be negative.");
        this.learningRate = learningRate;
        this.epochs = epochs;
    }

    public double[] Weights => RequireFitted().Weights.ToArray();

    public double Bias => RequireFitted().Bias;

    public void Fit(double[][] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0) throw new ArgumentException("Fit needs at least one sample.", nameof(x));
        int featureCount = RequireRectangular(x, x[0]?.Length ?? -1);
        ArgumentNullException.ThrowIfNull(y);
        if (y.Length != x.Length) throw new ArgumentException("y needs exactly one target per row of x.", nameof(y));

        var weights = new double[featureCount];
        double bias = 0;
        int sampleCount = x.Length;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            // residuals = Xw + b - y;  dL/dw = (2/n) Xᵀ residuals;  dL/db = (2/n) Σ residuals
            double[] residuals = Subtract(AddScalar(MultiplyRows(x, weights), bias), y);
            double[] weightGradient = Scale(MultiplyTransposed(x, residuals, featureCount), 2.0 / sampleCount);
            double biasGradient = 2.0 / sampleCount * residuals.Sum();
            for (int feature = 0; feature < featureCount; feature++)
                weights[feature] -= learningRate * weightGradient[feature];
            bias -= learningRate * biasGradient;
        }
        learned = new Parameters(weights, bias);
    }

    public double[] Predict(double[][] x)
    {
        var (weights, bias) = RequireFitted();
        ArgumentNullException.ThrowIfNull(x);
        RequireRectangular(x, weights.Length);
        return AddScalar(MultiplyRows(x, weights), bias);
    }

    private Parameters RequireFitted() =>
        learned ?? throw new InvalidOperationException("Fit the model before using it.");

    private static int RequireRectangular(double[][] x, int width)
    {
        if (x.Any(row => row is null || row.Length != width))
            throw new ArgumentException($"Every row of x must have {width} features.", nameof(x));
        return width;
    }

    private static double[] MultiplyRows(double[][] matrix, double[] vector) =>
        matrix.Select(row => row.Zip(vector, (a, b) => a * b).Sum()).ToArray();

    private static double[] MultiplyTransposed(double[][] matrix, double[] vector, int columns)
    {
        var result = new double[columns];
        for (int row = 0; row < matrix.Length; row++)
            for (int column = 0; column < columns; column++)
                result[column] += matrix[row][column] * vector[row];
        return result;
    }

    private static double[] AddScalar(double[] vector, double scalar) => vector.Select(value => value + scalar).ToArray();

    private static double[] Subtract(double[] left, double[] right) => left.Zip(right, (a, b) => a - b).ToArray();

    private static double[] Scale(double[] vector, double factor) => vector.Select(value => value * factor).ToArray();
}
