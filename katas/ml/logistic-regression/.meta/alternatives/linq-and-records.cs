namespace MlKata.Katas;

public sealed class LogisticRegression
{
    private sealed record Model(double[] Weights, double Bias);

    private readonly double learningRate;
    private readonly int epochs;
    private readonly double l2Strength;
    private Model? model;

    public LogisticRegression(double learningRate = 0.1, int epochs = 1000, double l2 = 0.0)
    {
        this.learningRate = learningRate > 0 && !double.IsPositiveInfinity(learningRate)
            ? learningRate
            : throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be positive and finite.");
        this.epochs = epochs >= 0 ? epochs : throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "Epochs cannot be negative.");
        l2Strength = l2 >= 0 && !double.IsPositiveInfinity(l2)
            ? l2
            : throw new ArgumentOutOfRangeException(nameof(l2), l2, "The L2 strength must be finite and non-negative.");
    }

    public double[] Weights => FittedModel.Weights.ToArray();

    public double Bias => FittedModel.Bias;

    public void Fit(double[][] x, int[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0) throw new ArgumentException("There are no training rows.", nameof(x));
        int featureCount = x[0]?.Length ?? -1;
        RequireWidth(x, featureCount);
        ArgumentNullException.ThrowIfNull(y);
        if (y.Length != x.Length) throw new ArgumentException("y needs one label per row of x.", nameof(y));
        if (y.Any(label => label is not (0 or 1))) throw new ArgumentException("Labels must be 0 or 1.", nameof(y));

        int sampleCount = x.Length;
        var weights = new double[featureCount];
        double bias = 0;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            double[] errors = x.Select((row, i) => Sigmoid(Logit(weights, bias, row)) - y[i]).ToArray();
            double[] gradient = Enumerable.Range(0, featureCount)
                .Select(feature => errors.Select((error, i) => error * x[i][feature]).Sum() / sampleCount + l2Strength * weights[feature])
                .ToArray();
            double biasGradient = errors.Sum() / sampleCount; // the bias is not penalised
            for (int feature = 0; feature < featureCount; feature++) weights[feature] -= learningRate * gradient[feature];
            bias -= learningRate * biasGradient;
        }
        model = new Model(weights, bias);
    }

    public double[] PredictProbability(double[][] x)
    {
        var (weights, bias) = FittedModel;
        ArgumentNullException.ThrowIfNull(x);
        RequireWidth(x, weights.Length);
        return x.Select(row => Sigmoid(Logit(weights, bias, row))).ToArray();
    }

    public int[] Predict(double[][] x) => PredictProbability(x).Select(probability => probability >= 0.5 ? 1 : 0).ToArray();

    private Model FittedModel => model ?? throw new InvalidOperationException("Fit the model first.");

    private static double Logit(double[] weights, double bias, double[] row) =>
        bias + weights.Zip(row, (weight, feature) => weight * feature).Sum();

    // Only ever exponentiate a non-positive number, so Math.Exp cannot overflow.
    private static double Sigmoid(double logit)
    {
        double decay = Math.Exp(-Math.Abs(logit));
        return logit >= 0 ? 1 / (1 + decay) : decay / (1 + decay);
    }

    private static void RequireWidth(double[][] x, int width)
    {
        if (x.Any(row => row is null || row.Length != width))
            throw new ArgumentException($"Every row of x must have {width} features.", nameof(x));
    }
}
