// Mistake: the error is taken as y − p but the step still subtracts it, so training climbs the log loss instead of descending it.
// Expect: MLK1201
namespace MlKata.Katas;

public sealed class LogisticRegression
{
    private readonly double _learningRate;
    private readonly int _epochs;
    private readonly double _l2;
    private double[]? _weights;
    private double _bias;

    public LogisticRegression(double learningRate = 0.1, int epochs = 1000, double l2 = 0.0)
    {
        if (!(learningRate > 0) || double.IsInfinity(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be a positive, finite number.");
        if (epochs < 0)
            throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "The number of epochs cannot be negative.");
        if (!(l2 >= 0) || double.IsInfinity(l2))
            throw new ArgumentOutOfRangeException(nameof(l2), l2, "The L2 strength must be a finite number ≥ 0.");
        _learningRate = learningRate;
        _epochs = epochs;
        _l2 = l2;
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

    public void Fit(double[][] x, int[] y)
    {
        int features = Features(x, expected: null);
        ArgumentNullException.ThrowIfNull(y);
        if (y.Length != x.Length)
            throw new ArgumentException($"y has {y.Length} labels but x has {x.Length} rows.", nameof(y));
        for (int i = 0; i < y.Length; i++)
            if (y[i] is not (0 or 1))
                throw new ArgumentException($"y[{i}] is {y[i]}; labels must be 0 or 1.", nameof(y));

        int n = x.Length;
        var w = new double[features];
        var gradient = new double[features];
        double b = 0.0;

        for (int epoch = 0; epoch < _epochs; epoch++)
        {
            // Full batch: every probability uses the parameters from the start of the epoch.
            Array.Clear(gradient);
            double biasGradient = 0.0;
            for (int i = 0; i < n; i++)
            {
                double[] row = x[i];
                double error = y[i] - Sigmoid(Logit(w, b, row));
                for (int j = 0; j < features; j++) gradient[j] += error * row[j];
                biasGradient += error;
            }
            for (int j = 0; j < features; j++)
                w[j] -= _learningRate * (gradient[j] / n + _l2 * w[j]); // the bias is not penalised
            b -= _learningRate * biasGradient / n;
        }

        _weights = w;
        _bias = b;
    }

    public double[] PredictProbability(double[][] x)
    {
        double[] w = Fitted();
        Features(x, expected: w.Length);
        var probabilities = new double[x.Length];
        for (int i = 0; i < x.Length; i++) probabilities[i] = Sigmoid(Logit(w, _bias, x[i]));
        return probabilities;
    }

    public int[] Predict(double[][] x)
    {
        double[] probabilities = PredictProbability(x);
        var labels = new int[probabilities.Length];
        for (int i = 0; i < labels.Length; i++) labels[i] = probabilities[i] >= 0.5 ? 1 : 0;
        return labels;
    }

    /// <summary>1 / (1 + e^−z), evaluated so that Math.Exp never sees a positive argument.</summary>
    private static double Sigmoid(double z)
    {
        if (z >= 0) return 1.0 / (1.0 + Math.Exp(-z));
        double e = Math.Exp(z);
        return e / (1.0 + e);
    }

    private static double Logit(double[] w, double b, double[] row)
    {
        double z = b;
        for (int j = 0; j < w.Length; j++) z += w[j] * row[j];
        return z;
    }

    private double[] Fitted() =>
        _weights ?? throw new InvalidOperationException("The model is not fitted yet: call Fit first.");

    /// <summary>Checks that x is a rectangular matrix (non-empty when fitting) and returns its width.</summary>
    private static int Features(double[][] x, int? expected)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (expected is null && x.Length == 0)
            throw new ArgumentException("x has no rows; there is nothing to fit.", nameof(x));
        int width = expected ?? x[0]?.Length ?? 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] is null) throw new ArgumentException($"x[{i}] is null.", nameof(x));
            if (x[i].Length != width)
                throw new ArgumentException($"x[{i}] has {x[i].Length} features but {width} were expected.", nameof(x));
        }
        return width;
    }
}
