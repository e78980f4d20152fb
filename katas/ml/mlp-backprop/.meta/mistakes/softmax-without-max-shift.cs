// Mistake: softmax exponentiates the raw logits and the loss is -log(p[target]); a logit of 1000 overflows to NaN, and an underflowed probability gives an infinite loss.
// Expect: MLK1101, MLK1102
namespace MlKata.Katas;

public sealed class TwoLayerNetwork
{
    private readonly int _inputs;

    public TwoLayerNetwork(int inputs, int hidden, int outputs, int seed)
    {
        if (inputs < 1) throw new ArgumentOutOfRangeException(nameof(inputs), inputs, "The network needs at least one input.");
        if (hidden < 1) throw new ArgumentOutOfRangeException(nameof(hidden), hidden, "The network needs at least one hidden unit.");
        if (outputs < 1) throw new ArgumentOutOfRangeException(nameof(outputs), outputs, "The network needs at least one output.");
        _inputs = inputs;
        var random = new Random(seed);
        W1 = UniformMatrix(hidden, inputs, random);
        B1 = new double[hidden];
        W2 = UniformMatrix(outputs, hidden, random);
        B2 = new double[outputs];
    }

    public double[][] W1 { get; }
    public double[] B1 { get; }
    public double[][] W2 { get; }
    public double[] B2 { get; }

    public double[] Forward(double[] x)
    {
        CheckInput(x);
        var logits = Logits(Hidden(x));
        return Softmax(logits);
    }

    public double TrainStep(double[] x, int target, double learningRate)
    {
        CheckInput(x);
        if (target < 0 || target >= B2.Length)
            throw new ArgumentOutOfRangeException(nameof(target), target, $"target must be a class between 0 and {B2.Length - 1}.");
        if (!(learningRate > 0) || double.IsInfinity(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "learningRate must be a positive finite number.");

        // Forward pass, keeping what the backward pass needs.
        var h = Hidden(x);
        var z = Logits(h);
        var p = Softmax(z);
        double loss = -Math.Log(p[target]);

        var dz = new double[z.Length];
        for (int o = 0; o < z.Length; o++) dz[o] = p[o] - (o == target ? 1.0 : 0.0);

        // dL/da for the hidden pre-activations, through W2 as it was in the forward pass;
        // tanh'(a) = 1 - tanh(a)^2 = 1 - h^2.
        var da = new double[h.Length];
        for (int j = 0; j < h.Length; j++)
        {
            double dh = 0.0;
            for (int o = 0; o < dz.Length; o++) dh += W2[o][j] * dz[o];
            da[j] = dh * (1 - h[j] * h[j]);
        }

        // Only now update the parameters: one SGD step on every weight and bias.
        for (int o = 0; o < dz.Length; o++)
        {
            var row = W2[o];
            for (int j = 0; j < h.Length; j++) row[j] -= learningRate * dz[o] * h[j];
            B2[o] -= learningRate * dz[o];
        }
        for (int j = 0; j < da.Length; j++)
        {
            var row = W1[j];
            for (int i = 0; i < x.Length; i++) row[i] -= learningRate * da[j] * x[i];
            B1[j] -= learningRate * da[j];
        }
        return loss;
    }

    private double[] Hidden(double[] x)
    {
        var h = new double[B1.Length];
        for (int j = 0; j < h.Length; j++)
        {
            double a = B1[j];
            var row = W1[j];
            for (int i = 0; i < x.Length; i++) a += row[i] * x[i];
            h[j] = Math.Tanh(a);
        }
        return h;
    }

    private double[] Logits(double[] h)
    {
        var z = new double[B2.Length];
        for (int o = 0; o < z.Length; o++)
        {
            double sum = B2[o];
            var row = W2[o];
            for (int j = 0; j < h.Length; j++) sum += row[j] * h[j];
            z[o] = sum;
        }
        return z;
    }

    private static double[] Softmax(double[] z)
    {
        var p = z.Select(Math.Exp).ToArray();
        double total = p.Sum();
        for (int o = 0; o < p.Length; o++) p[o] /= total;
        return p;
    }

    // log(sum(exp(z))) shifted by the maximum, so exp never overflows.
    private static double LogSumExp(double[] z)
    {
        double max = z.Max(), sum = 0.0;
        foreach (double value in z) sum += Math.Exp(value - max);
        return max + Math.Log(sum);
    }

    private void CheckInput(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length != _inputs)
            throw new ArgumentException($"x has {x.Length} features but the network has {_inputs} inputs.", nameof(x));
    }

    // Uniform in (-1/sqrt(fanIn), 1/sqrt(fanIn)) for a [rows][fanIn] matrix.
    private static double[][] UniformMatrix(int rows, int fanIn, Random random)
    {
        double bound = 1.0 / Math.Sqrt(fanIn);
        var matrix = new double[rows][];
        for (int r = 0; r < rows; r++)
        {
            matrix[r] = new double[fanIn];
            for (int c = 0; c < fanIn; c++) matrix[r][c] = (2 * random.NextDouble() - 1) * bound;
        }
        return matrix;
    }
}
