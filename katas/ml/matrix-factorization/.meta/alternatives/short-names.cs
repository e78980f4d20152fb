namespace MlKata.Katas;

public sealed class MatrixFactorization
{
    private readonly int _f, _epochs, _seed;
    private readonly double _lr, _lam;
    private double[][]? _p, _q;

    public MatrixFactorization(int factors, double learningRate, double regularization, int epochs, int seed)
    {
        if (factors < 1) throw new ArgumentOutOfRangeException(nameof(factors), factors, "factors < 1");
        if (!double.IsFinite(learningRate) || learningRate <= 0) throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "lr must be > 0");
        if (!double.IsFinite(regularization) || regularization < 0) throw new ArgumentOutOfRangeException(nameof(regularization), regularization, "lambda must be >= 0");
        if (epochs < 0) throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "epochs < 0");
        (_f, _lr, _lam, _epochs, _seed) = (factors, learningRate, regularization, epochs, seed);
    }

    public void Fit((int User, int Item, double Rating)[] ratings, int users, int items)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (users < 1) throw new ArgumentOutOfRangeException(nameof(users), users, "users < 1");
        if (items < 1) throw new ArgumentOutOfRangeException(nameof(items), items, "items < 1");
        foreach (var (u, i, r) in ratings)
            if (u < 0 || u >= users || i < 0 || i >= items || !double.IsFinite(r))
                throw new ArgumentException($"bad rating ({u}, {i}, {r})", nameof(ratings));

        var rng = new Random(_seed);
        var p = new double[users][];
        var q = new double[items][];
        for (int u = 0; u < users; u++) p[u] = Rand(rng);
        for (int i = 0; i < items; i++) q[i] = Rand(rng);

        for (int e = 0; e < _epochs; e++)
            foreach (var (u, i, r) in ratings)
            {
                double[] pu = p[u], qi = q[i];
                double pred = 0;
                for (int f = 0; f < _f; f++) pred += pu[f] * qi[f];
                double err = r - pred;
                for (int f = 0; f < _f; f++)
                {
                    double a = pu[f], b = qi[f]; // both from before the step
                    pu[f] = a + _lr * (err * b - _lam * a);
                    qi[f] = b + _lr * (err * a - _lam * b);
                }
            }
        (_p, _q) = (p, q);
    }

    public double Predict(int user, int item)
    {
        if (_p is null || _q is null) throw new InvalidOperationException("not fitted");
        if (user < 0 || user >= _p.Length) throw new ArgumentOutOfRangeException(nameof(user), user, "unknown user");
        if (item < 0 || item >= _q.Length) throw new ArgumentOutOfRangeException(nameof(item), item, "unknown item");
        double s = 0;
        for (int f = 0; f < _f; f++) s += _p[user][f] * _q[item][f];
        return s;
    }

    private double[] Rand(Random rng)
    {
        var v = new double[_f];
        for (int f = 0; f < _f; f++) v[f] = -0.1 + 0.2 * rng.NextDouble();
        return v;
    }
}
