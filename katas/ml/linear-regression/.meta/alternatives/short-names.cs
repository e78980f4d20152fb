namespace MlKata.Katas;

public sealed class LinearRegression
{
    private readonly double _lr;
    private readonly int _epochs;
    private double[]? _w;
    private double _b;

    public LinearRegression(double learningRate = 0.01, int epochs = 1000)
    {
        if (double.IsNaN(learningRate) || learningRate <= 0 || double.IsPositiveInfinity(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "lr must be positive and finite");
        if (epochs < 0) throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "epochs < 0");
        _lr = learningRate;
        _epochs = epochs;
    }

    public double[] Weights => (double[])(_w ?? throw new InvalidOperationException("not fitted")).Clone();

    public double Bias => _w is null ? throw new InvalidOperationException("not fitted") : _b;

    public void Fit(double[][] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length == 0) throw new ArgumentException("no rows", nameof(x));
        int d = Width(x, x[0]?.Length ?? 0);
        if (y.Length != x.Length) throw new ArgumentException("y length != rows of x", nameof(y));

        int n = x.Length;
        var w = new double[d];
        double b = 0;
        for (int e = 0; e < _epochs; e++)
        {
            var grad = new double[d]; // fresh per epoch: O(d), dwarfed by the O(n·d) pass
            double gb = 0;
            for (int i = 0; i < n; i++)
            {
                double r = Dot(w, x[i]) + b - y[i];
                for (int j = 0; j < d; j++) grad[j] += 2.0 / n * r * x[i][j];
                gb += 2.0 / n * r;
            }
            for (int j = 0; j < d; j++) w[j] -= _lr * grad[j];
            b -= _lr * gb;
        }
        _w = w;
        _b = b;
    }

    public double[] Predict(double[][] x)
    {
        var w = _w ?? throw new InvalidOperationException("not fitted");
        ArgumentNullException.ThrowIfNull(x);
        Width(x, w.Length);
        var p = new double[x.Length];
        for (int i = 0; i < x.Length; i++) p[i] = Dot(w, x[i]) + _b;
        return p;
    }

    private static double Dot(double[] w, double[] r)
    {
        double s = 0;
        for (int j = 0; j < w.Length; j++) s += w[j] * r[j];
        return s;
    }

    private static int Width(double[][] x, int d)
    {
        for (int i = 0; i < x.Length; i++)
            if (x[i] is null || x[i].Length != d) throw new ArgumentException($"x[{i}] is null or not {d} wide", nameof(x));
        return d;
    }
}
