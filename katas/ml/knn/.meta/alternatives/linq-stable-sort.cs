namespace MlKata.Katas;

public sealed class KNearestNeighbors
{
    private readonly int neighbourCount;
    private (double[] Features, int Label)[]? trainingSet;

    public KNearestNeighbors(int k)
    {
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "k must be at least 1.");
        neighbourCount = k;
    }

    public void Fit(double[][] x, int[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0) throw new ArgumentException("The training set is empty.", nameof(x));
        RequireWidth(x, x[0]?.Length ?? -1);
        ArgumentNullException.ThrowIfNull(y);
        if (y.Length != x.Length) throw new ArgumentException("y needs one label per row of x.", nameof(y));
        if (neighbourCount > x.Length)
            throw new ArgumentException($"k = {neighbourCount} exceeds the {x.Length} training rows.", nameof(x));
        trainingSet = x.Select((row, index) => (row.ToArray(), y[index])).ToArray();
    }

    public int[] Predict(double[][] x)
    {
        var training = trainingSet ?? throw new InvalidOperationException("Fit the model before Predict.");
        ArgumentNullException.ThrowIfNull(x);
        RequireWidth(x, training[0].Features.Length);
        return x.Select(query => Classify(training, query)).ToArray();
    }

    private int Classify((double[] Features, int Label)[] training, double[] query) =>
        training
            // OrderBy is a stable sort, so equal distances keep their training order.
            .OrderBy(example => SquaredDistance(example.Features, query))
            .Take(neighbourCount)
            .GroupBy(example => example.Label)
            .OrderByDescending(vote => vote.Count())
            .ThenBy(vote => vote.Key)
            .First()
            .Key;

    private static double SquaredDistance(double[] a, double[] b) => a.Zip(b, (p, q) => (p - q) * (p - q)).Sum();

    private static void RequireWidth(double[][] x, int width)
    {
        if (x.Any(row => row is null || row.Length != width))
            throw new ArgumentException($"Every row of x must have {width} features.", nameof(x));
    }
}
