// Mistake: Array.Sort(x, y) reorders the caller's arrays; the model is right but the inputs are destroyed.
// Expect: MLK1409
namespace MlKata.Katas;

public sealed class GradientBoostingRegressor
{
    private readonly int _estimators;
    private readonly double _learningRate;
    private double _start;
    private List<(double Threshold, double Left, double Right)>? _stumps;

    public GradientBoostingRegressor(int estimators, double learningRate)
    {
        if (estimators < 0) throw new ArgumentOutOfRangeException(nameof(estimators));
        if (!(learningRate > 0) || double.IsInfinity(learningRate)) throw new ArgumentOutOfRangeException(nameof(learningRate));
        _estimators = estimators;
        _learningRate = learningRate;
    }

    public void Fit(double[] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length == 0) throw new ArgumentException("empty", nameof(x));
        if (y.Length != x.Length) throw new ArgumentException("lengths differ", nameof(y));
        if (!x.All(double.IsFinite)) throw new ArgumentException("not finite", nameof(x));
        if (!y.All(double.IsFinite)) throw new ArgumentException("not finite", nameof(y));
        int n = x.Length;
        Array.Sort(x, y);
        double[] xs = x;
        double[] ys = y;
        _start = ys.Average();
        double[] prediction = Enumerable.Repeat(_start, n).ToArray();
        _stumps = new List<(double, double, double)>();
        for (int m = 0; m < _estimators; m++)
        {
            double[] r = ys.Select((v, i) => v - prediction[i]).ToArray();
            var stump = (Threshold: double.PositiveInfinity, Left: r.Average(), Right: r.Average());
            double bestSse = double.PositiveInfinity;
            for (int i = 0; i + 1 < n; i++)
            {
                if (xs[i] == xs[i + 1]) continue;
                double leftMean = r.Take(i + 1).Average(), rightMean = r.Skip(i + 1).Average();
                double sse = r.Take(i + 1).Sum(v => (v - leftMean) * (v - leftMean))
                           + r.Skip(i + 1).Sum(v => (v - rightMean) * (v - rightMean));
                if (sse < bestSse - 1e-12)
                {
                    bestSse = sse;
                    stump = ((xs[i] + xs[i + 1]) / 2, leftMean, rightMean);
                }
            }
            _stumps.Add(stump);
            for (int i = 0; i < n; i++)
                prediction[i] += _learningRate * (xs[i] <= stump.Threshold ? stump.Left : stump.Right);
        }
    }

    public double[] Predict(double[] x)
    {
        if (_stumps is null) throw new InvalidOperationException("not fitted");
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0) throw new ArgumentException("empty", nameof(x));
        if (x.Any(double.IsNaN)) throw new ArgumentException("NaN", nameof(x));
        return x.Select(v => _start + _stumps.Sum(s => _learningRate * (v <= s.Threshold ? s.Left : s.Right))).ToArray();
    }
}
