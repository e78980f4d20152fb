// Mistake: the posteriors are normalised as e^score / sum e^score; long documents underflow every e^score to 0 and give NaN.
// Expect: MLK1101
namespace MlKata.Katas;

public sealed class MultinomialNaiveBayes
{
    private readonly double _alpha;
    private int[]? _classes;
    private double[]? _logPrior;
    private double[][]? _logFeature;

    public MultinomialNaiveBayes(double alpha = 1.0)
    {
        if (!(alpha > 0) || double.IsInfinity(alpha)) throw new ArgumentOutOfRangeException(nameof(alpha));
        _alpha = alpha;
    }

    public void Fit(int[][] counts, int[] y)
    {
        Validate(counts, -1);
        ArgumentNullException.ThrowIfNull(y);
        if (y.Length != counts.Length) throw new ArgumentException("lengths differ", nameof(y));
        int d = counts[0].Length;
        _classes = y.Distinct().OrderBy(c => c).ToArray();
        int k = _classes.Length;
        _logPrior = new double[k];
        _logFeature = new double[k][];
        for (int c = 0; c < k; c++)
        {
            var rows = Enumerable.Range(0, y.Length).Where(i => y[i] == _classes[c]).ToArray();
            _logPrior[c] = Math.Log((double)rows.Length / y.Length);
            var totals = new double[d];
            foreach (int i in rows)
                for (int j = 0; j < d; j++) totals[j] += counts[i][j];
            double denominator = totals.Sum() + _alpha * d;
            _logFeature[c] = totals.Select(t => Math.Log((t + _alpha) / denominator)).ToArray();
        }
    }

    public double[][] PredictLogProbability(int[][] counts)
    {
        var scores = Scores(counts);
        return scores.Select(row =>
        {
            double total = row.Sum(Math.Exp);
            return row.Select(s => Math.Log(Math.Exp(s) / total)).ToArray();
        }).ToArray();
    }

    public int[] Predict(int[][] counts)
    {
        var scores = Scores(counts);
        var result = new int[scores.Length];
        for (int i = 0; i < scores.Length; i++)
        {
            int best = 0;
            for (int c = 1; c < scores[i].Length; c++)
                if (scores[i][c] > scores[i][best]) best = c;
            result[i] = _classes![best];
        }
        return result;
    }

    private double[][] Scores(int[][] counts)
    {
        if (_classes is null) throw new InvalidOperationException("not fitted");
        Validate(counts, _logFeature![0].Length);
        return counts.Select(row => Enumerable.Range(0, _classes.Length)
            .Select(c => _logPrior![c] + row.Select((v, j) => v * _logFeature[c][j]).Sum())
            .ToArray()).ToArray();
    }

    private static void Validate(int[][] counts, int features)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Length == 0) throw new ArgumentException("empty", nameof(counts));
        if (features < 0) features = counts[0].Length;
        if (features == 0 || counts.Any(r => r.Length != features || r.Any(v => v < 0)))
            throw new ArgumentException("bad counts", nameof(counts));
    }
}
