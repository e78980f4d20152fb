namespace MlKata.Katas;

public static class DecisionTreeSplit
{
    public static double Gini(int[] labels)
    {
        RequireLabels(labels);
        return 1.0 - ClassProportions(labels).Sum(proportion => proportion * proportion);
    }

    public static double Entropy(int[] labels)
    {
        RequireLabels(labels);
        // Only classes that occur have a proportion, so the log never sees 0.
        return -ClassProportions(labels).Sum(proportion => proportion * Math.Log2(proportion));
    }

    public static (int Feature, double Threshold, double Gain) BestSplit(double[][] x, int[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length == 0) throw new ArgumentException("x has no samples.", nameof(x));
        if (y.Length != x.Length) throw new ArgumentException("y needs one label per row of x.", nameof(y));
        int featureCount = x[0]?.Length ?? -1;
        if (x.Any(row => row is null || row.Length != featureCount))
            throw new ArgumentException("The rows of x differ in width.", nameof(x));
        if (x.Any(row => row.Any(double.IsNaN))) throw new ArgumentException("x contains NaN.", nameof(x));

        double parentImpurity = Gini(y);
        var best = (Feature: -1, Threshold: double.NaN, Gain: 0.0);
        double bestGain = double.NegativeInfinity;
        for (int feature = 0; feature < featureCount; feature++)
        {
            var distinctValues = x.Select(row => row[feature]).Distinct().Order().ToArray();
            var thresholds = distinctValues.Zip(distinctValues.Skip(1), (low, high) => low + (high - low) / 2);
            foreach (double threshold in thresholds)
            {
                int[] leftLabels = y.Where((_, index) => x[index][feature] <= threshold).ToArray();
                int[] rightLabels = y.Where((_, index) => x[index][feature] > threshold).ToArray();
                double weightedChildImpurity =
                    (leftLabels.Length * Gini(leftLabels) + rightLabels.Length * Gini(rightLabels)) / y.Length;
                double gain = parentImpurity - weightedChildImpurity;
                if (gain > bestGain + 1e-12) // strictly better: ties keep the lower feature and threshold
                {
                    bestGain = gain;
                    best = (feature, threshold, gain);
                }
            }
        }
        return best;
    }

    private static IEnumerable<double> ClassProportions(int[] labels) =>
        labels.GroupBy(label => label).Select(group => group.Count() / (double)labels.Length);

    private static void RequireLabels(int[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length == 0) throw new ArgumentException("labels is empty.", nameof(labels));
    }
}
