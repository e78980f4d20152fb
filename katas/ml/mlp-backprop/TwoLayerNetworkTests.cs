using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class TwoLayerNetworkTests
{
    // Writes the given values into the network's live parameter arrays.
    private static void SetParameters(TwoLayerNetwork net, double[][] w1, double[] b1, double[][] w2, double[] b2)
    {
        for (int j = 0; j < w1.Length; j++) w1[j].CopyTo(net.W1[j], 0);
        b1.CopyTo(net.B1, 0);
        for (int o = 0; o < w2.Length; o++) w2[o].CopyTo(net.W2[o], 0);
        b2.CopyTo(net.B2, 0);
    }

    private static void Zero(TwoLayerNetwork net)
    {
        foreach (var row in net.W1) Array.Clear(row);
        foreach (var row in net.W2) Array.Clear(row);
        Array.Clear(net.B1);
        Array.Clear(net.B2);
    }

    private static double[][] Copy(double[][] matrix) => matrix.Select(row => (double[])row.Clone()).ToArray();

    [Fact]
    public void Parameters_have_the_documented_shapes()
    {
        var net = new TwoLayerNetwork(3, 4, 2, seed: 1);
        // W1 is [hidden][inputs], W2 is [outputs][hidden].
        var shapes = (net.W1.Length, net.W1[0].Length, net.B1.Length, net.W2.Length, net.W2[0].Length, net.B2.Length);
        Check.Given(3, 4, 2).Hint(1).Equal((4, 3, 4, 2, 4, 2), shapes);
    }

    [Fact]
    public void Parameter_properties_return_the_live_arrays()
    {
        var net = new TwoLayerNetwork(2, 3, 2, seed: 1);
        var given = Check.Given(2, 3, 2).Hint(1);
        given.That(ReferenceEquals(net.W1, net.W1) && ReferenceEquals(net.B1, net.B1)
            && ReferenceEquals(net.W2, net.W2) && ReferenceEquals(net.B2, net.B2),
            "each property returns the same live array every time (tests write into it)");
        net.B2[0] = 7.5;
        given.Near(7.5, net.B2[0]);
    }

    [Fact]
    public void Weights_start_uniform_within_one_over_root_fan_in_and_biases_at_zero()
    {
        // fan-in 400 for W1 (bound 1/20 = 0.05), fan-in 25 for W2 (bound 1/5 = 0.2).
        var net = new TwoLayerNetwork(400, 25, 10, seed: 42);
        var w1 = net.W1.SelectMany(row => row).ToArray();
        var w2 = net.W2.SelectMany(row => row).ToArray();
        var given = Check.Given(400, 25, 10).Hint(1);
        given.That(w1.All(w => Math.Abs(w) <= 0.05) && w2.All(w => Math.Abs(w) <= 0.2), "every |W1| <= 1/sqrt(400) and every |W2| <= 1/sqrt(25)",
            (w1.Max(w => Math.Abs(w)), w2.Max(w => Math.Abs(w))));
        // Uniform on (-b, b): both signs, values near the bound, mean near 0 and mean |w| near b/2.
        // 10,000 draws in W1: the mean has standard deviation (0.05/sqrt 3)/100 = 0.0003; 250 in W2: 0.0073.
        given.That(w1.Max(w => Math.Abs(w)) > 0.045 && w2.Max(w => Math.Abs(w)) > 0.18, "the draws reach close to the bound", (w1.Max(w => Math.Abs(w)), w2.Max(w => Math.Abs(w))));
        given.That(Math.Abs(w1.Average()) < 0.003 && Math.Abs(w2.Average()) < 0.05, "weights centred on 0 (uniform on -b..b)", (w1.Average(), w2.Average()));
        given.That(Math.Abs(w1.Average(w => Math.Abs(w)) - 0.025) < 0.003, "mean |W1| near 0.025, as for a uniform draw", w1.Average(w => Math.Abs(w)));
        given.That(net.B1.All(b => b == 0) && net.B2.All(b => b == 0), "all biases 0", (net.B1, net.B2));
    }

    [Fact]
    public void The_same_seed_gives_the_same_network()
    {
        var a = new TwoLayerNetwork(3, 5, 2, seed: 9);
        var b = new TwoLayerNetwork(3, 5, 2, seed: 9);
        var c = new TwoLayerNetwork(3, 5, 2, seed: 10);
        var given = Check.Given(9, 10).Hint(1);
        given.Near(a.W1, b.W1, 0);
        given.Near(a.W2, b.W2, 0);
        given.That(!a.W1.SelectMany(r => r).SequenceEqual(c.W1.SelectMany(r => r)), "another seed gives other weights");
    }

    [Fact]
    public void Forward_applies_tanh_then_softmax()
    {
        var net = new TwoLayerNetwork(2, 2, 3, seed: 1);
        double[][] w1 = [[1, 1], [1, -1]], w2 = [[1, 2], [-1, 0], [0, 3]];
        double[] b1 = [0, 0.25], b2 = [0, 0, -1];
        SetParameters(net, w1, b1, w2, b2);
        double[] x = [0.5, 0.25];
        // Hidden pre-activations: a0 = 0.5 + 0.25 = 0.75, a1 = 0.5 - 0.25 + 0.25 = 0.5.
        double h0 = Math.Tanh(0.75), h1 = Math.Tanh(0.5);
        // Logits: z0 = h0 + 2 h1, z1 = -h0, z2 = 3 h1 - 1; softmax p_o = e^z_o / (e^z0 + e^z1 + e^z2),
        // here with every logit shifted by the largest, which leaves the ratios unchanged.
        double z0 = h0 + 2 * h1, z1 = -h0, z2 = 3 * h1 - 1, m = Math.Max(z0, Math.Max(z1, z2));
        double e0 = Math.Exp(z0 - m), e1 = Math.Exp(z1 - m), e2 = Math.Exp(z2 - m), total = e0 + e1 + e2;
        double[] expected = [e0 / total, e1 / total, e2 / total];
        Check.Given(x, w1, b1, w2, b2).Hint(1).Near(expected, net.Forward(x));
    }

    [Fact]
    public void Forward_is_stable_for_large_logits()
    {
        var net = new TwoLayerNetwork(2, 2, 3, seed: 1);
        Zero(net);
        double[] b2 = [1000, -1000, 0];
        b2.CopyTo(net.B2, 0);
        double[] x = [1, -1];
        // Logits [1000, -1000, 0]: softmax = [1, e^-2000, e^-1000] / (1 + ...) = [1, 0, 0] in doubles.
        Check.Given(x, b2).Hint(2).Near(new double[] { 1, 0, 0 }, net.Forward(x));
    }

    [Fact]
    public void TrainStep_returns_the_loss_before_the_update_and_steps_against_the_gradient()
    {
        var net = new TwoLayerNetwork(2, 2, 3, seed: 5);
        Zero(net);
        double[] x = [1, 2];
        // With every parameter 0: h = tanh(0) = 0, logits 0, p = [1/3, 1/3, 1/3], loss = -ln(1/3) = ln 3.
        // dL/dz = p - onehot(0) = [-2/3, 1/3, 1/3]; dL/dW2 = dz h^T = 0; dL/dh = W2^T dz = 0, so only B2 moves:
        // B2 -= 0.5 * dz -> [1/3, -1/6, -1/6].
        double loss = net.TrainStep(x, 0, 0.5);
        var given = Check.Given(x).Hint(2);
        given.Near(Math.Log(3), loss);
        given.Near(new double[] { 1.0 / 3, -1.0 / 6, -1.0 / 6 }, net.B2);
        given.Near(new double[][] { [0, 0], [0, 0] }, net.W1);
        given.Near(new double[] { 0, 0 }, net.B1);
        given.Near(new double[][] { [0, 0], [0, 0], [0, 0] }, net.W2);
    }

    [Fact]
    public void The_loss_stays_exact_when_the_target_probability_underflows()
    {
        var net = new TwoLayerNetwork(2, 2, 2, seed: 5);
        Zero(net);
        net.B2[1] = 1000;
        double[] x = [1, 1];
        // Logits [0, 1000]: loss = log(e^0 + e^1000) - 0 = 1000 + log(1 + e^-1000) = 1000, although
        // softmax(z)[0] = e^-1000 is 0 in doubles (so -log p would be infinite).
        // p = [0, 1], dz = [-1, 1], B2 -= 0.1 * dz -> [0.1, 999.9].
        double loss = net.TrainStep(x, 0, 0.1);
        var given = Check.Given(x).Hint(2);
        given.Near(1000, loss);
        given.Near(new double[] { 0.1, 999.9 }, net.B2);
    }

    [Fact]
    public void Gradients_match_finite_differences()
    {
        var net = new TwoLayerNetwork(3, 4, 3, seed: 11);
        for (int j = 0; j < 4; j++) net.B1[j] = 0.1 * (j - 1.5);
        for (int o = 0; o < 3; o++) net.B2[o] = 0.2 * (1 - o);
        double[] x = [0.5, -1.2, 2.0];
        const int target = 2;
        double Loss() => -Math.Log(net.Forward(x)[target]);

        // Central differences on the live arrays: (L(theta + eps) - L(theta - eps)) / (2 eps).
        const double eps = 1e-5;
        double Numeric(double[] array, int index)
        {
            double saved = array[index];
            array[index] = saved + eps;
            double plus = Loss();
            array[index] = saved - eps;
            double minus = Loss();
            array[index] = saved;
            return (plus - minus) / (2 * eps);
        }
        var gW1 = net.W1.Select(row => Enumerable.Range(0, row.Length).Select(i => Numeric(row, i)).ToArray()).ToArray();
        var gB1 = Enumerable.Range(0, net.B1.Length).Select(i => Numeric(net.B1, i)).ToArray();
        var gW2 = net.W2.Select(row => Enumerable.Range(0, row.Length).Select(i => Numeric(row, i)).ToArray()).ToArray();
        var gB2 = Enumerable.Range(0, net.B2.Length).Select(i => Numeric(net.B2, i)).ToArray();

        // One SGD step moves each parameter by -learningRate * gradient; read the gradient back.
        // (A large step, so a gradient computed from already-updated weights shows.)
        var (w1, b1, w2, b2) = (Copy(net.W1), (double[])net.B1.Clone(), Copy(net.W2), (double[])net.B2.Clone());
        double lossBefore = Loss();
        const double rate = 0.5;
        double loss = net.TrainStep(x, target, rate);
        double[][] Step(double[][] before, double[][] after) => before.Select((row, r) => row.Select((v, c) => (v - after[r][c]) / rate).ToArray()).ToArray();
        double[] StepB(double[] before, double[] after) => before.Select((v, i) => (v - after[i]) / rate).ToArray();

        var given = Check.Given(x, target, w1, w2).Hint(3);
        given.Near(lossBefore, loss);
        given.Near(gB2, StepB(b2, net.B2), 1e-6);
        given.Near(gW2, Step(w2, net.W2), 1e-6);
        given.Near(gB1, StepB(b1, net.B1), 1e-6);
        given.Near(gW1, Step(w1, net.W1), 1e-6);
    }

    [Fact]
    public void Repeated_steps_fit_a_single_example()
    {
        var net = new TwoLayerNetwork(2, 3, 2, seed: 3);
        double[] x = [1, -0.5];
        double first = net.TrainStep(x, 1, 0.2), last = first;
        for (int step = 0; step < 100; step++) last = net.TrainStep(x, 1, 0.2);
        Check.Given(x).Hint(2).That(last < first / 4, "the loss falls to under a quarter of its first value", (first, last));
    }

    [Fact]
    public void Inputs_and_returned_probabilities_are_not_modified()
    {
        var net = new TwoLayerNetwork(2, 3, 2, seed: 3);
        double[] x = [0.3, -0.7];
        var probabilities = net.Forward(x);
        var given = Check.Given(x, probabilities).Hint(1);
        given.Unchanged(() => net.Forward(x));
        given.Unchanged(() => net.TrainStep(x, 1, 0.1));
    }

    [Theory]
    [InlineData(0, 3, 2, "inputs")]
    [InlineData(2, 0, 2, "hidden")]
    [InlineData(2, 3, 0, "outputs")]
    [InlineData(-1, 3, 2, "inputs")]
    public void Layer_sizes_must_be_positive(int inputs, int hidden, int outputs, string paramName)
    {
        Check.Given(inputs, hidden, outputs).Throws<ArgumentOutOfRangeException>(() => new TwoLayerNetwork(inputs, hidden, outputs, 1), paramName);
    }

    [Fact]
    public void The_input_must_have_one_value_per_input_unit()
    {
        var net = new TwoLayerNetwork(3, 2, 2, seed: 1);
        double[] x = [1, 2];
        var given = Check.Given(x);
        given.Throws<ArgumentException>(() => net.Forward(x), "x");
        given.Throws<ArgumentException>(() => net.TrainStep(x, 0, 0.1), "x");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]   // outputs are 0, 1, 2
    public void The_target_must_be_an_output_class(int target)
    {
        var net = new TwoLayerNetwork(2, 2, 3, seed: 1);
        double[] x = [1, 2];
        Check.Given(x, target).Throws<ArgumentOutOfRangeException>(() => net.TrainStep(x, target, 0.1), "target");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void The_learning_rate_must_be_positive_and_finite(double learningRate)
    {
        var net = new TwoLayerNetwork(2, 2, 3, seed: 1);
        double[] x = [1, 2];
        Check.Given(x, learningRate).Throws<ArgumentOutOfRangeException>(() => net.TrainStep(x, 0, learningRate), "learningRate");
    }
}
