namespace MlKata.Katas;

public sealed class GradientBoostingRegressor
{
    private readonly int _estimators;
    private readonly double _learningRate;
    private double _initial;
    private Stump[]? _stumps;

    // x <= Threshold predicts Left, otherwise Right; a one-leaf stump has Threshold = +infinity.
    private readonly record struct Stump(double Threshold, double Left, double Right)
    {
        public double Evaluate(double x) => x <= Threshold ? Left : Right;
    }

    public GradientBoostingRegressor(int estimators, double learningRate)
    {
        if (estimators < 0)
            throw new ArgumentOutOfRangeException(nameof(estimators), estimators, "estimators cannot be negative.");
        if (!(learningRate > 0) || double.IsPositiveInfinity(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "learningRate must be positive and finite.");
        _estimators = estimators;
        _learningRate = learningRate;
    }

    public void Fit(double[] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length == 0) throw new ArgumentException("There are no samples.", nameof(x));
        if (y.Length != x.Length) throw new ArgumentException($"y has {y.Length} values but x has {x.Length}.", nameof(y));
        RequireFinite(x, nameof(x));
        RequireFinite(y, nameof(y));

        // Sort copies once; every round then sweeps the residuals in x order.
        int n = x.Length;
        double[] sortedX = (double[])x.Clone();
        double[] residuals = (double[])y.Clone();
        Array.Sort(sortedX, residuals);

        double initial = residuals.Average();
        for (int i = 0; i < n; i++) residuals[i] -= initial;

        var stumps = new Stump[_estimators];
        for (int m = 0; m < _estimators; m++)
        {
            Stump stump = FitStump(sortedX, residuals);
            for (int i = 0; i < n; i++) residuals[i] -= _learningRate * stump.Evaluate(sortedX[i]);
            stumps[m] = stump;
        }
        (_initial, _stumps) = (initial, stumps);
    }

    public double[] Predict(double[] x)
    {
        if (_stumps is null) throw new InvalidOperationException("Call Fit before Predict.");
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0) throw new ArgumentException("There are no values to predict.", nameof(x));
        var predictions = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i])) throw new ArgumentException($"x[{i}] is NaN.", nameof(x));
            double sum = 0;
            foreach (Stump stump in _stumps) sum += stump.Evaluate(x[i]);
            predictions[i] = _initial + _learningRate * sum;
        }
        return predictions;
    }

    // The least-squares stump on residuals r sorted by x. Minimising SSE_left + SSE_right is
    // maximising S_L^2/n_L + S_R^2/n_R, which a running sum gives in O(1) per threshold.
    private static Stump FitStump(double[] x, double[] r)
    {
        int n = x.Length;
        double total = 0;
        foreach (double v in r) total += v;

        double leftSum = 0, bestScore = 0;
        bool found = false;
        Stump best = new(double.PositiveInfinity, total / n, total / n);   // one leaf if no split exists
        for (int i = 0; i < n - 1; i++)
        {
            leftSum += r[i];
            if (x[i] == x[i + 1]) continue;   // no threshold between equal values
            int nLeft = i + 1, nRight = n - nLeft;
            double rightSum = total - leftSum;
            double score = leftSum * leftSum / nLeft + rightSum * rightSum / nRight;
            // Strictly better (beyond rounding) only: equal error keeps the lower threshold.
            if (!found || score > bestScore + 1e-12 * Math.Max(1.0, bestScore))
            {
                found = true;
                bestScore = score;
                best = new(x[i] + (x[i + 1] - x[i]) / 2, leftSum / nLeft, rightSum / nRight);
            }
        }
        return best;
    }

    private static void RequireFinite(double[] values, string paramName)
    {
        for (int i = 0; i < values.Length; i++)
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"{paramName}[{i}] is {values[i]}; values must be finite.", paramName);
    }
}
