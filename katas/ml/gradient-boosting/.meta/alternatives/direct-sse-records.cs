namespace MlKata.Katas;

public sealed class GradientBoostingRegressor
{
    private sealed record DecisionStump(double Threshold, double LeftValue, double RightValue)
    {
        public double Predict(double input) => input <= Threshold ? LeftValue : RightValue;
    }

    private readonly int estimatorCount;
    private readonly double shrinkage;
    private double baseline;
    private List<DecisionStump>? ensemble;

    public GradientBoostingRegressor(int estimators, double learningRate)
    {
        if (estimators < 0) throw new ArgumentOutOfRangeException(nameof(estimators), estimators, "The number of estimators cannot be negative.");
        if (!(learningRate > 0) || double.IsInfinity(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be positive and finite.");
        estimatorCount = estimators;
        shrinkage = learningRate;
    }

    public void Fit(double[] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length == 0) throw new ArgumentException("Fit needs at least one sample.", nameof(x));
        if (y.Length != x.Length) throw new ArgumentException("y needs one target per x.", nameof(y));
        if (!x.All(double.IsFinite)) throw new ArgumentException("Every x must be finite.", nameof(x));
        if (!y.All(double.IsFinite)) throw new ArgumentException("Every y must be finite.", nameof(y));

        double start = y.Average();
        double[] residuals = y.Select(target => target - start).ToArray();
        var sortedDistinct = x.Distinct().Order().ToArray();
        var candidateThresholds = sortedDistinct.Zip(sortedDistinct.Skip(1), (low, high) => low + (high - low) / 2).ToList();

        var stumps = new List<DecisionStump>(estimatorCount);
        for (int round = 0; round < estimatorCount; round++)
        {
            DecisionStump stump = BestStump(x, residuals, candidateThresholds);
            for (int i = 0; i < residuals.Length; i++) residuals[i] -= shrinkage * stump.Predict(x[i]);
            stumps.Add(stump);
        }
        baseline = start;
        ensemble = stumps;
    }

    public double[] Predict(double[] x)
    {
        var stumps = ensemble ?? throw new InvalidOperationException("Fit the model before Predict.");
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0) throw new ArgumentException("There is nothing to predict.", nameof(x));
        if (x.Any(double.IsNaN)) throw new ArgumentException("x contains NaN.", nameof(x));
        return x.Select(input => baseline + shrinkage * stumps.Sum(stump => stump.Predict(input))).ToArray();
    }

    // Tries every threshold and measures the squared error directly; the first (lowest)
    // threshold keeps the win unless a later one is better beyond rounding.
    private static DecisionStump BestStump(double[] x, double[] residuals, List<double> thresholds)
    {
        double overallMean = residuals.Average();
        DecisionStump best = new(double.PositiveInfinity, overallMean, overallMean);
        double bestError = double.PositiveInfinity;
        foreach (double threshold in thresholds)
        {
            var left = residuals.Where((_, i) => x[i] <= threshold).ToArray();
            var right = residuals.Where((_, i) => x[i] > threshold).ToArray();
            double leftMean = left.Average(), rightMean = right.Average();
            double error = left.Sum(r => (r - leftMean) * (r - leftMean)) + right.Sum(r => (r - rightMean) * (r - rightMean));
            if (double.IsPositiveInfinity(bestError) || error < bestError - 1e-12 * Math.Max(1.0, bestError))
            {
                bestError = error;
                best = new DecisionStump(threshold, leftMean, rightMean);
            }
        }
        return best;
    }
}
