namespace MlKata.Katas;

public sealed class MultinomialNaiveBayes
{
    private readonly double _alpha;
    private int[]? _classes;                 // sorted distinct labels
    private double[]? _logPrior;             // [class]
    private double[][]? _logFeature;         // [class][feature] = ln P(feature | class)

    public MultinomialNaiveBayes(double alpha = 1.0)
    {
        if (!(alpha > 0) || double.IsPositiveInfinity(alpha))
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be a positive, finite smoothing strength.");
        _alpha = alpha;
    }

    public void Fit(int[][] counts, int[] y)
    {
        int features = ValidateCounts(counts, expectedFeatures: -1);
        ArgumentNullException.ThrowIfNull(y);
        if (y.Length != counts.Length)
            throw new ArgumentException($"y has {y.Length} labels but counts has {counts.Length} rows.", nameof(y));

        int[] classes = y.Distinct().Order().ToArray();
        var classIndex = new Dictionary<int, int>(classes.Length);
        for (int c = 0; c < classes.Length; c++) classIndex[classes[c]] = c;

        var documents = new long[classes.Length];
        var featureTotals = new long[classes.Length][];
        for (int c = 0; c < classes.Length; c++) featureTotals[c] = new long[features];
        for (int i = 0; i < counts.Length; i++)
        {
            int c = classIndex[y[i]];
            documents[c]++;
            long[] totals = featureTotals[c];
            int[] row = counts[i];
            for (int j = 0; j < features; j++) totals[j] += row[j];
        }

        var logPrior = new double[classes.Length];
        var logFeature = new double[classes.Length][];
        double logDocuments = Math.Log(counts.Length);
        for (int c = 0; c < classes.Length; c++)
        {
            logPrior[c] = Math.Log(documents[c]) - logDocuments;
            long[] totals = featureTotals[c];
            double logDenominator = Math.Log(totals.Sum() + _alpha * features);   // alpha once per feature
            logFeature[c] = new double[features];
            for (int j = 0; j < features; j++)
                logFeature[c][j] = Math.Log(totals[j] + _alpha) - logDenominator;
        }
        (_classes, _logPrior, _logFeature) = (classes, logPrior, logFeature);
    }

    public double[][] PredictLogProbability(int[][] counts)
    {
        var scores = JointLogLikelihood(counts);
        foreach (double[] row in scores)
        {
            double max = row.Max(), sum = 0;
            foreach (double s in row) sum += Math.Exp(s - max);
            double logSum = max + Math.Log(sum);
            for (int c = 0; c < row.Length; c++) row[c] -= logSum;
        }
        return scores;
    }

    public int[] Predict(int[][] counts)
    {
        var scores = JointLogLikelihood(counts);
        var predictions = new int[scores.Length];
        for (int i = 0; i < scores.Length; i++)
        {
            int best = 0;
            for (int c = 1; c < scores[i].Length; c++)
                if (scores[i][c] > scores[i][best]) best = c;   // strict: a tie keeps the smaller label
            predictions[i] = _classes![best];
        }
        return predictions;
    }

    // ln P(c) + sum_j count_j ln P(j | c) for every row and class; normalising is left to the caller.
    private double[][] JointLogLikelihood(int[][] counts)
    {
        if (_classes is null || _logPrior is null || _logFeature is null)
            throw new InvalidOperationException("Call Fit before predicting.");
        ValidateCounts(counts, expectedFeatures: _logFeature[0].Length);
        var scores = new double[counts.Length][];
        for (int i = 0; i < counts.Length; i++)
        {
            int[] row = counts[i];
            var rowScores = new double[_classes.Length];
            for (int c = 0; c < _classes.Length; c++)
            {
                double score = _logPrior[c];
                double[] logFeature = _logFeature[c];
                for (int j = 0; j < row.Length; j++)
                    if (row[j] != 0) score += row[j] * logFeature[j];
                rowScores[c] = score;
            }
            scores[i] = rowScores;
        }
        return scores;
    }

    private static int ValidateCounts(int[][] counts, int expectedFeatures)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Length == 0) throw new ArgumentException("There are no rows of counts.", nameof(counts));
        int features = expectedFeatures >= 0 ? expectedFeatures : counts[0]?.Length ?? 0;
        if (features == 0) throw new ArgumentException("The rows have no features.", nameof(counts));
        for (int i = 0; i < counts.Length; i++)
        {
            int[] row = counts[i];
            if (row is null || row.Length != features)
                throw new ArgumentException($"Row {i} has {row?.Length ?? 0} features; expected {features}.", nameof(counts));
            for (int j = 0; j < features; j++)
                if (row[j] < 0) throw new ArgumentException($"counts[{i}][{j}] is {row[j]}; counts cannot be negative.", nameof(counts));
        }
        return features;
    }
}
