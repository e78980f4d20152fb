namespace MlKata.Katas;

public sealed class TwoLayerNetwork
{
    // Everything the backward pass needs from the forward pass.
    private readonly record struct ForwardPass(double[] HiddenActivations, double[] Logits, double LogPartition)
    {
        public double Probability(int output) => Math.Exp(Logits[output] - LogPartition);
    }

    private readonly int inputCount;

    public TwoLayerNetwork(int inputs, int hidden, int outputs, int seed)
    {
        if (inputs < 1) throw new ArgumentOutOfRangeException(nameof(inputs), inputs, "At least one input unit is required.");
        if (hidden < 1) throw new ArgumentOutOfRangeException(nameof(hidden), hidden, "At least one hidden unit is required.");
        if (outputs < 1) throw new ArgumentOutOfRangeException(nameof(outputs), outputs, "At least one output unit is required.");
        inputCount = inputs;
        var generator = new Random(seed);
        W1 = UniformWeights(hidden, inputs, generator);
        B1 = new double[hidden];
        W2 = UniformWeights(outputs, hidden, generator);
        B2 = new double[outputs];
    }

    public double[][] W1 { get; }
    public double[] B1 { get; }
    public double[][] W2 { get; }
    public double[] B2 { get; }

    public double[] Forward(double[] x)
    {
        RequireInput(x);
        var pass = RunForward(x);
        return Enumerable.Range(0, B2.Length).Select(pass.Probability).ToArray();
    }

    public double TrainStep(double[] x, int target, double learningRate)
    {
        RequireInput(x);
        if (target < 0 || target >= B2.Length)
            throw new ArgumentOutOfRangeException(nameof(target), target, "The target is not one of the output classes.");
        if (!(learningRate > 0 && learningRate < double.PositiveInfinity))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be positive and finite.");

        var pass = RunForward(x);
        double lossBeforeUpdate = pass.LogPartition - pass.Logits[target];

        double[] logitGradient = Enumerable.Range(0, B2.Length)
            .Select(output => pass.Probability(output) - (output == target ? 1.0 : 0.0))
            .ToArray();
        double[] preActivationGradient = Enumerable.Range(0, B1.Length)
            .Select(unit =>
            {
                double upstream = logitGradient.Select((gradient, output) => gradient * W2[output][unit]).Sum();
                double activation = pass.HiddenActivations[unit];
                return upstream * (1 - activation * activation); // tanh' = 1 − tanh²
            })
            .ToArray();

        ApplyStep(W2, B2, logitGradient, pass.HiddenActivations, learningRate);
        ApplyStep(W1, B1, preActivationGradient, x, learningRate);
        return lossBeforeUpdate;
    }

    // weights[r][c] −= lr · gradient[r] · layerInput[c];  bias[r] −= lr · gradient[r]
    private static void ApplyStep(double[][] weights, double[] bias, double[] gradient, double[] layerInput, double learningRate)
    {
        for (int row = 0; row < weights.Length; row++)
        {
            for (int column = 0; column < layerInput.Length; column++)
                weights[row][column] -= learningRate * gradient[row] * layerInput[column];
            bias[row] -= learningRate * gradient[row];
        }
    }

    private ForwardPass RunForward(double[] x)
    {
        double[] hidden = Affine(W1, B1, x).Select(Math.Tanh).ToArray();
        double[] logits = Affine(W2, B2, hidden);
        double largest = logits.Max();
        double logPartition = largest + Math.Log(logits.Sum(logit => Math.Exp(logit - largest)));
        return new ForwardPass(hidden, logits, logPartition);
    }

    private static double[] Affine(double[][] weights, double[] bias, double[] input) =>
        weights.Select((row, r) => bias[r] + row.Zip(input, (w, v) => w * v).Sum()).ToArray();

    private void RequireInput(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length != inputCount)
            throw new ArgumentException($"The input must have {inputCount} values.", nameof(x));
    }

    private static double[][] UniformWeights(int rows, int fanIn, Random generator)
    {
        double bound = 1.0 / Math.Sqrt(fanIn);
        return Enumerable.Range(0, rows)
            .Select(_ => Enumerable.Range(0, fanIn).Select(_ => bound * (2.0 * generator.NextDouble() - 1.0)).ToArray())
            .ToArray();
    }
}
