namespace MlKata.Katas;

public sealed class MultinomialNaiveBayes
{
    private sealed record TrainedModel(int[] Classes, double[] LogPriors, double[][] LogLikelihoods);

    private readonly double smoothing;
    private TrainedModel? trained;

    public MultinomialNaiveBayes(double alpha = 1.0)
    {
        if (!(alpha > 0 && alpha < double.PositiveInfinity))
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be positive and finite.");
        smoothing = alpha;
    }

    public void Fit(int[][] counts, int[] y)
    {
        int featureCount = CheckCounts(counts, requiredWidth: null);
        ArgumentNullException.ThrowIfNull(y);
        if (y.Length != counts.Length) throw new ArgumentException("y needs one label per row of counts.", nameof(y));

        int[] classes = y.Distinct().Order().ToArray();
        var rowsByClass = classes.Select(label => counts.Where((_, index) => y[index] == label).ToList()).ToList();
        double[] logPriors = rowsByClass.Select(rows => Math.Log(rows.Count / (double)counts.Length)).ToArray();
        double[][] logLikelihoods = rowsByClass.Select(rows =>
        {
            long[] featureTotals = Enumerable.Range(0, featureCount).Select(feature => rows.Sum(row => (long)row[feature])).ToArray();
            double smoothedTotal = featureTotals.Sum() + smoothing * featureCount;
            return featureTotals.Select(total => Math.Log((total + smoothing) / smoothedTotal)).ToArray();
        }).ToArray();
        trained = new TrainedModel(classes, logPriors, logLikelihoods);
    }

    public double[][] PredictLogProbability(int[][] counts) =>
        JointLogLikelihoods(counts).Select(scores =>
        {
            double largest = scores.Max();
            double logNormaliser = largest + Math.Log(scores.Sum(score => Math.Exp(score - largest)));
            return scores.Select(score => score - logNormaliser).ToArray();
        }).ToArray();

    public int[] Predict(int[][] counts)
    {
        var model = trained ?? throw new InvalidOperationException("Fit the model before predicting.");
        return JointLogLikelihoods(counts)
            .Select(scores => model.Classes[Array.IndexOf(scores, scores.Max())]) // first maximum: the smaller label
            .ToArray();
    }

    private IEnumerable<double[]> JointLogLikelihoods(int[][] counts)
    {
        var model = trained ?? throw new InvalidOperationException("Fit the model before predicting.");
        CheckCounts(counts, model.LogLikelihoods[0].Length);
        return counts.Select(row => model.LogPriors
            .Select((logPrior, c) => logPrior + row.Select((count, feature) => count * model.LogLikelihoods[c][feature]).Sum())
            .ToArray()).ToList();
    }

    private static int CheckCounts(int[][] counts, int? requiredWidth)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Length == 0) throw new ArgumentException("counts has no rows.", nameof(counts));
        int width = requiredWidth ?? counts[0]?.Length ?? 0;
        if (width == 0) throw new ArgumentException("The rows of counts have no features.", nameof(counts));
        if (counts.Any(row => row is null || row.Length != width))
            throw new ArgumentException($"Every row of counts must have {width} features.", nameof(counts));
        if (counts.Any(row => row.Any(count => count < 0)))
            throw new ArgumentException("Counts cannot be negative.", nameof(counts));
        return width;
    }
}
