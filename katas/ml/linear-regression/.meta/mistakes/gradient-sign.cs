// Mistake: the step adds the gradient instead of subtracting it, so training climbs the loss and diverges.
// Expect: MLK1201
namespace MlKata.Katas;

public sealed class LinearRegression
{
    private readonly double _learningRate;
    private readonly int _epochs;
    private double[]? _weights;
    private double _bias;

    public LinearRegression(double learningRate = 0.01, int epochs = 1000)
    {
        if (!(learningRate > 0) || double.IsInfinity(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be a positive, finite number.");
        if (epochs < 0)
            throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "The number of epochs cannot be negative.");
        _learningRate = learningRate;
        _epochs = epochs;
    }

    /// <summary>A copy of the learned weights, one per feature.</summary>
    public double[] Weights => (double[])Fitted().Clone();

    public double Bias
    {
        get
        {
            Fitted();
            return _bias;
        }
    }

    public void Fit(double[][] x, double[] y)
    {
        int features = Features(x, nameof(x), expected: null);
        ArgumentNullException.ThrowIfNull(y);
        if (y.Length != x.Length)
            throw new ArgumentException($"y has {y.Length} targets but x has {x.Length} rows.", nameof(y));

        int n = x.Length;
        var w = new double[features];
        var gradient = new double[features];
        double b = 0.0;
        double step = _learningRate * 2.0 / n; // learning rate times the 2/n of the MSE gradient

        for (int epoch = 0; epoch < _epochs; epoch++)
        {
            // Full batch: every residual uses the parameters from the start of the epoch.
            Array.Clear(gradient);
            double biasGradient = 0.0;
            for (int i = 0; i < n; i++)
            {
                double[] row = x[i];
                double residual = b - y[i];
                for (int j = 0; j < features; j++) residual += w[j] * row[j];
                for (int j = 0; j < features; j++) gradient[j] += residual * row[j];
                biasGradient += residual;
            }
            for (int j = 0; j < features; j++) w[j] += step * gradient[j];
            b += step * biasGradient;
        }

        _weights = w;
        _bias = b;
    }

    public double[] Predict(double[][] x)
    {
        double[] w = Fitted();
        Features(x, nameof(x), expected: w.Length);
        var predictions = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            double value = _bias;
            for (int j = 0; j < w.Length; j++) value += w[j] * x[i][j];
            predictions[i] = value;
        }
        return predictions;
    }

    private double[] Fitted() =>
        _weights ?? throw new InvalidOperationException("The model is not fitted yet: call Fit first.");

    /// <summary>Checks that x is a rectangular matrix (non-empty unless predicting) and returns its width.</summary>
    private static int Features(double[][] x, string name, int? expected)
    {
        ArgumentNullException.ThrowIfNull(x, name);
        if (expected is null && x.Length == 0)
            throw new ArgumentException("x has no rows; there is nothing to fit.", name);
        int width = expected ?? x[0]?.Length ?? 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] is null) throw new ArgumentException($"x[{i}] is null.", name);
            if (x[i].Length != width)
                throw new ArgumentException($"x[{i}] has {x[i].Length} features but {width} were expected.", name);
        }
        return width;
    }
}
