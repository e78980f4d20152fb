namespace MlKata.Katas;

public sealed class LogisticRegression
{
    private readonly double _lr, _l2;
    private readonly int _epochs;
    private double[]? _w;
    private double _b;

    public LogisticRegression(double learningRate = 0.1, int epochs = 1000, double l2 = 0.0)
    {
        if (!double.IsFinite(learningRate) || learningRate <= 0) throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "lr > 0 required");
        if (epochs < 0) throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "epochs >= 0 required");
        if (!double.IsFinite(l2) || l2 < 0) throw new ArgumentOutOfRangeException(nameof(l2), l2, "l2 >= 0 required");
        (_lr, _epochs, _l2) = (learningRate, epochs, l2);
    }

    public double[] Weights => (double[])W().Clone();

    public double Bias { get { W(); return _b; } }

    public void Fit(double[][] x, int[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0) throw new ArgumentException("no rows", nameof(x));
        int d = Rect(x, x[0]?.Length ?? -1);
        ArgumentNullException.ThrowIfNull(y);
        if (y.Length != x.Length) throw new ArgumentException("y length != rows", nameof(y));
        foreach (int t in y)
            if (t != 0 && t != 1) throw new ArgumentException($"label {t} is not 0/1", nameof(y));

        int n = x.Length;
        var w = new double[d];
        double b = 0;
        var g = new double[d];
        for (int e = 0; e < _epochs; e++)
        {
            Array.Clear(g);
            double gb = 0;
            for (int i = 0; i < n; i++)
            {
                double err = Sig(Z(w, b, x[i])) - y[i]; // p - y
                for (int j = 0; j < d; j++) g[j] += err * x[i][j];
                gb += err;
            }
            for (int j = 0; j < d; j++)
            {
                double grad = g[j] / n + _l2 * w[j];
                w[j] -= _lr * grad;
            }
            b -= _lr * (gb / n);
        }
        _w = w;
        _b = b;
    }

    public double[] PredictProbability(double[][] x)
    {
        var w = W();
        ArgumentNullException.ThrowIfNull(x);
        Rect(x, w.Length);
        var p = new double[x.Length];
        for (int i = 0; i < x.Length; i++) p[i] = Sig(Z(w, _b, x[i]));
        return p;
    }

    public int[] Predict(double[][] x) => Array.ConvertAll(PredictProbability(x), p => p >= 0.5 ? 1 : 0);

    // σ(z) = (1 + tanh(z/2)) / 2: tanh saturates at ±1, so no overflow for any finite z.
    private static double Sig(double z) => 0.5 * (1.0 + Math.Tanh(0.5 * z));

    private static double Z(double[] w, double b, double[] r)
    {
        double z = b;
        for (int j = 0; j < w.Length; j++) z += w[j] * r[j];
        return z;
    }

    private double[] W() => _w ?? throw new InvalidOperationException("not fitted");

    private static int Rect(double[][] x, int d)
    {
        for (int i = 0; i < x.Length; i++)
            if (x[i] is null || x[i].Length != d) throw new ArgumentException($"x[{i}] has the wrong width", nameof(x));
        return d;
    }
}
