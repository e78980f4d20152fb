using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class LogisticRegressionTests
{
    // n = 4 with three positives, so the first bias gradient is not zero.
    private static double[][] X => [[1, 2], [2, 0], [0, 1], [3, 3]];
    private static int[] Y => [1, 0, 1, 1];

    // The logistic function for the moderate logits of the hand derivations below.
    private static double Logistic(double z) => 1.0 / (1.0 + Math.Exp(-z));

    [Fact]
    public void One_epoch_is_one_full_batch_step_from_zero()
    {
        double[][] x = X;
        int[] y = Y;
        // w = 0, b = 0: every p = sigmoid(0) = 0.5, so p − y = [−0.5, 0.5, −0.5, −0.5].
        // g_w1 = (1/4)·(1·−0.5 + 2·0.5 + 0·−0.5 + 3·−0.5) = (1/4)·−1 = −0.25
        // g_w2 = (1/4)·(2·−0.5 + 0·0.5 + 1·−0.5 + 3·−0.5) = (1/4)·−3 = −0.75
        // g_b  = (1/4)·(−0.5 + 0.5 − 0.5 − 0.5)          = (1/4)·−1 = −0.25
        // lr = 0.5: w = [0.125, 0.375], b = 0.125
        var model = new LogisticRegression(learningRate: 0.5, epochs: 1);
        model.Fit(x, y);
        var given = Check.Given(x, y).Hint(2);
        given.Near([0.125, 0.375], model.Weights);
        given.Near(0.125, model.Bias);
    }

    [Fact]
    public void Two_epochs_use_the_probabilities_of_the_first_step()
    {
        double[][] x = X;
        int[] y = Y;
        // After epoch 1: w = [0.125, 0.375], b = 0.125 (see above), so the logits are
        // z = [0.125 + 0.75 + 0.125, 0.25 + 0.125, 0.375 + 0.125, 0.375 + 1.125 + 0.125]
        //   = [1, 0.375, 0.5, 1.625] and e = sigmoid(z) − y.
        double e1 = Logistic(1) - 1, e2 = Logistic(0.375), e3 = Logistic(0.5) - 1, e4 = Logistic(1.625) - 1;
        double gW1 = (1 * e1 + 2 * e2 + 0 * e3 + 3 * e4) / 4;
        double gW2 = (2 * e1 + 0 * e2 + 1 * e3 + 3 * e4) / 4;
        double gB = (e1 + e2 + e3 + e4) / 4;
        var model = new LogisticRegression(learningRate: 0.5, epochs: 2);
        model.Fit(x, y);
        var given = Check.Given(x, y).Hint(2);
        given.Near([0.125 - 0.5 * gW1, 0.375 - 0.5 * gW2], model.Weights);
        given.Near(0.125 - 0.5 * gB, model.Bias);
    }

    [Fact]
    public void L2_shrinks_the_weights_but_not_the_bias()
    {
        double[][] x = X;
        int[] y = Y;
        // Epoch 1 starts from w = 0, so the penalty adds nothing and the first step is as above.
        // Epoch 2 adds l2·w = 0.1·[0.125, 0.375] to the weights' gradient, and nothing to the bias's.
        double e1 = Logistic(1) - 1, e2 = Logistic(0.375), e3 = Logistic(0.5) - 1, e4 = Logistic(1.625) - 1;
        double gW1 = (1 * e1 + 2 * e2 + 0 * e3 + 3 * e4) / 4 + 0.1 * 0.125;
        double gW2 = (2 * e1 + 0 * e2 + 1 * e3 + 3 * e4) / 4 + 0.1 * 0.375;
        double gB = (e1 + e2 + e3 + e4) / 4;
        var model = new LogisticRegression(learningRate: 0.5, epochs: 2, l2: 0.1);
        model.Fit(x, y);
        var given = Check.Given(x, y).Hint(2);
        given.Near([0.125 - 0.5 * gW1, 0.375 - 0.5 * gW2], model.Weights);
        given.Near(0.125 - 0.5 * gB, model.Bias);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.05)]
    public void Training_reaches_the_minimum_of_the_regularised_loss(double l2)
    {
        // Overlapping classes (every fifth label is flipped), so a finite minimum exists. At the
        // minimum the gradient vanishes: (1/n)·Xᵀ(p − y) + l2·w = 0 and (1/n)·Σ(p − y) = 0.
        var x = new double[40][];
        var y = new int[40];
        for (int i = 0; i < 40; i++)
        {
            x[i] = [(i % 7) / 3.0 - 1, (i * 3 % 11) / 5.0 - 1];
            bool positive = x[i][0] + 0.5 * x[i][1] > 0;
            y[i] = positive ^ (i % 5 == 0) ? 1 : 0;
        }
        var model = new LogisticRegression(learningRate: 0.5, epochs: 4000, l2: l2);
        model.Fit(x, y);
        double[] w = model.Weights;
        double b = model.Bias;
        double[] gradient = [l2 * w[0], l2 * w[1], 0.0];
        for (int i = 0; i < 40; i++)
        {
            double error = Logistic(w[0] * x[i][0] + w[1] * x[i][1] + b) - y[i];
            gradient[0] += error * x[i][0] / 40;
            gradient[1] += error * x[i][1] / 40;
            gradient[2] += error / 40;
        }
        Check.Given(x, y, l2).Hint(2).Near([0.0, 0.0, 0.0], gradient, 1e-6);
    }

    [Fact]
    public void Training_on_large_logits_stays_finite()
    {
        double[][] x = [[-1000], [1000]];
        int[] y = [0, 1];
        // Epoch 1: p = [0.5, 0.5], g_w = (1/2)·(−1000·0.5 + 1000·−0.5) = −500, g_b = 0,
        // so w = 0.1·500 = 50, b = 0. Epoch 2 on: z = ±50 000, p is exactly [0, 1] in doubles,
        // the gradient is 0 and nothing moves. e^50000 overflows: the sigmoid must not compute it.
        var model = new LogisticRegression(learningRate: 0.1, epochs: 10);
        model.Fit(x, y);
        var given = Check.Given(x, y).Hint(3);
        given.Near([50.0], model.Weights);
        given.Near(0.0, model.Bias);
    }

    [Fact]
    public void Probabilities_of_huge_logits_are_0_and_1_not_NaN()
    {
        double[][] train = [[-1000], [1000]];
        int[] labels = [0, 1];
        var model = new LogisticRegression(learningRate: 0.1, epochs: 10);
        model.Fit(train, labels); // w = 50, b = 0 (see above)
        // z = 50·x = [1000, −1000, 1e300, −1e300]: the probabilities are 1 and 0 to double precision.
        double[][] x = [[20], [-20], [2e298], [-2e298]];
        var given = Check.Given(x).Hint(3);
        given.Near([1.0, 0.0, 1.0, 0.0], model.PredictProbability(x));
        given.Equal([1, 0, 1, 0], model.Predict(x));
    }

    [Fact]
    public void Predict_thresholds_at_one_half_inclusive()
    {
        double[][] x = X;
        int[] y = [0, 0, 0, 1];
        // With epochs = 0 every logit is 0 and every probability exactly 0.5, which counts as class 1.
        var model = new LogisticRegression(epochs: 0);
        model.Fit(x, y);
        var given = Check.Given(x, y).Hint(3);
        given.Near([0.5, 0.5, 0.5, 0.5], model.PredictProbability(x));
        given.Equal([1, 1, 1, 1], model.Predict(x));
    }

    [Fact]
    public void Predictions_come_from_the_learned_parameters()
    {
        double[][] x = X;
        int[] y = Y;
        var model = new LogisticRegression(learningRate: 0.5, epochs: 1);
        model.Fit(x, y);
        // w = [0.125, 0.375], b = 0.125 (first test):
        // [0, 0] → z = 0.125; [0, −2] → z = 0.125 − 0.75 = −0.625; [−2, 0] → z = 0.125 − 0.25 = −0.125
        double[][] query = [[0, 0], [0, -2], [-2, 0]];
        var given = Check.Given(query).Hint(3);
        given.Near([Logistic(0.125), Logistic(-0.625), Logistic(-0.125)], model.PredictProbability(query));
        given.Equal([1, 0, 0], model.Predict(query));
    }

    [Fact]
    public void The_defaults_are_learning_rate_0_1_1000_epochs_and_no_penalty()
    {
        double[][] x = X;
        int[] y = Y;
        var byDefault = new LogisticRegression();
        byDefault.Fit(x, y);
        var spelledOut = new LogisticRegression(learningRate: 0.1, epochs: 1000, l2: 0.0);
        spelledOut.Fit(x, y);
        var given = Check.Given(x, y).Hint(1);
        given.Near(spelledOut.Weights, byDefault.Weights);
        given.Near(spelledOut.Bias, byDefault.Bias);
    }

    [Fact]
    public void Every_fit_starts_again_from_zero()
    {
        double[][] x = X;
        int[] y = Y;
        double[][] other = [[5, -3], [1, 2]];
        int[] otherY = [0, 1];
        var model = new LogisticRegression(learningRate: 0.5, epochs: 1);
        model.Fit(other, otherY);
        model.Fit(x, y);
        var given = Check.Given(x, y).Hint(1);
        given.Near([0.125, 0.375], model.Weights);
        given.Near(0.125, model.Bias);
    }

    [Fact]
    public void Weights_returns_a_copy_of_the_model_state()
    {
        double[][] x = X;
        int[] y = Y;
        var model = new LogisticRegression(learningRate: 0.5, epochs: 1);
        model.Fit(x, y);
        model.Weights[1] = -100;
        Check.Given(x, y).Near([0.125, 0.375], model.Weights);
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        double[][] x = X;
        int[] y = Y;
        var model = new LogisticRegression(learningRate: 0.5, epochs: 3, l2: 0.1);
        var given = Check.Given(x, y);
        given.Unchanged(() => model.Fit(x, y));
        given.Unchanged(() => model.PredictProbability(x));
        given.Unchanged(() => model.Predict(x));
    }

    [Fact]
    public void Using_the_model_before_Fit_is_an_invalid_operation()
    {
        var model = new LogisticRegression();
        double[][] x = X;
        var given = Check.Given(x);
        given.Throws<InvalidOperationException>(() => model.Predict(x));
        given.Throws<InvalidOperationException>(() => model.PredictProbability(x));
        given.Throws<InvalidOperationException>(() => _ = model.Weights);
        given.Throws<InvalidOperationException>(() => _ = model.Bias);
    }

    [Theory]
    [InlineData(new[] { 1, 0, 2, 1 })]
    [InlineData(new[] { 1, -1, 0, 1 })]
    public void Labels_other_than_0_and_1_are_rejected(int[] y)
    {
        double[][] x = X;
        Check.Given(x, y).Throws<ArgumentException>(() => new LogisticRegression().Fit(x, y), "y");
    }

    [Fact]
    public void Empty_training_data_is_rejected()
    {
        double[][] x = [];
        int[] y = [];
        Check.Given(x, y).Throws<ArgumentException>(() => new LogisticRegression().Fit(x, y), "x");
    }

    [Fact]
    public void Labels_of_a_different_length_are_rejected_naming_y()
    {
        double[][] x = X;
        int[] y = [1, 0, 1];
        Check.Given(x, y).Throws<ArgumentException>(() => new LogisticRegression().Fit(x, y), "y");
    }

    [Fact]
    public void Rows_of_different_widths_are_rejected()
    {
        double[][] x = [[1, 2], [2, 0], [0]];
        int[] y = [1, 0, 1];
        var given = Check.Given(x, y);
        given.Throws<ArgumentException>(() => new LogisticRegression().Fit(x, y), "x");
        var model = new LogisticRegression(epochs: 1);
        model.Fit(X, Y);
        given.Throws<ArgumentException>(() => model.Predict(x), "x");
    }

    [Theory]
    [InlineData(0.0, 10, 0.0, "learningRate")]
    [InlineData(double.NaN, 10, 0.0, "learningRate")]
    [InlineData(0.1, -1, 0.0, "epochs")]
    [InlineData(0.1, 10, -0.5, "l2")]
    [InlineData(0.1, 10, double.NaN, "l2")]
    public void Hyperparameters_out_of_range_are_rejected(double learningRate, int epochs, double l2, string paramName)
    {
        Check.Given(learningRate, epochs, l2)
            .Throws<ArgumentOutOfRangeException>(() => new LogisticRegression(learningRate, epochs, l2), paramName);
    }
}
