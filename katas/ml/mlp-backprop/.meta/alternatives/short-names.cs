namespace MlKata.Katas;

public sealed class TwoLayerNetwork
{
    private readonly int _n;

    public TwoLayerNetwork(int inputs, int hidden, int outputs, int seed)
    {
        if (inputs < 1) throw new ArgumentOutOfRangeException(nameof(inputs), inputs, "inputs < 1");
        if (hidden < 1) throw new ArgumentOutOfRangeException(nameof(hidden), hidden, "hidden < 1");
        if (outputs < 1) throw new ArgumentOutOfRangeException(nameof(outputs), outputs, "outputs < 1");
        _n = inputs;
        var rng = new Random(seed);
        W1 = Init(hidden, inputs, rng);
        W2 = Init(outputs, hidden, rng);
        B1 = new double[hidden];
        B2 = new double[outputs];

        static double[][] Init(int rows, int fanIn, Random r)
        {
            double lim = 1 / Math.Sqrt(fanIn);
            var m = new double[rows][];
            for (int i = 0; i < rows; i++)
            {
                m[i] = new double[fanIn];
                for (int j = 0; j < fanIn; j++) m[i][j] = lim * (2 * r.NextDouble() - 1);
            }
            return m;
        }
    }

    public double[][] W1 { get; }
    public double[] B1 { get; }
    public double[][] W2 { get; }
    public double[] B2 { get; }

    public double[] Forward(double[] x)
    {
        Chk(x);
        var (_, z) = Fwd(x);
        double m = z.Max(), s = 0;
        var p = new double[z.Length];
        for (int k = 0; k < z.Length; k++) s += p[k] = Math.Exp(z[k] - m);
        for (int k = 0; k < z.Length; k++) p[k] /= s;
        return p;
    }

    public double TrainStep(double[] x, int target, double learningRate)
    {
        Chk(x);
        if (target < 0 || target >= B2.Length) throw new ArgumentOutOfRangeException(nameof(target), target, "bad class");
        if (double.IsNaN(learningRate) || learningRate <= 0 || double.IsInfinity(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "lr must be > 0 and finite");
        double lr = learningRate;

        var (h, z) = Fwd(x);
        int K = z.Length, H = h.Length, D = x.Length;
        double m = z.Max(), s = 0;
        foreach (double v in z) s += Math.Exp(v - m);
        double lse = m + Math.Log(s);
        double loss = lse - z[target];

        var dz = new double[K];
        for (int k = 0; k < K; k++) dz[k] = Math.Exp(z[k] - lse) - (k == target ? 1 : 0);
        var da = new double[H];
        for (int j = 0; j < H; j++)
        {
            double g = 0;
            for (int k = 0; k < K; k++) g += dz[k] * W2[k][j]; // W2 before its update
            da[j] = g * (1 - h[j] * h[j]);
        }

        for (int k = 0; k < K; k++)
        {
            for (int j = 0; j < H; j++) W2[k][j] -= lr * dz[k] * h[j];
            B2[k] -= lr * dz[k];
        }
        for (int j = 0; j < H; j++)
        {
            for (int i = 0; i < D; i++) W1[j][i] -= lr * da[j] * x[i];
            B1[j] -= lr * da[j];
        }
        return loss;
    }

    private (double[] h, double[] z) Fwd(double[] x)
    {
        var h = new double[B1.Length];
        for (int j = 0; j < h.Length; j++)
        {
            double a = B1[j];
            for (int i = 0; i < x.Length; i++) a += W1[j][i] * x[i];
            h[j] = Math.Tanh(a);
        }
        var z = new double[B2.Length];
        for (int k = 0; k < z.Length; k++)
        {
            double a = B2[k];
            for (int j = 0; j < h.Length; j++) a += W2[k][j] * h[j];
            z[k] = a;
        }
        return (h, z);
    }

    private void Chk(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length != _n) throw new ArgumentException($"expected {_n} inputs, got {x.Length}", nameof(x));
    }
}
