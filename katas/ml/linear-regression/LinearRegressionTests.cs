using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class LinearRegressionTests
{
    // A tiny data set small enough to train by hand: n = 4, so the MSE gradient factor 2/n is 0.5.
    private static double[][] X => [[1, 0], [0, 1], [1, 1], [2, 0]];
    private static double[] Y => [1, 2, 3, 2];

    [Fact]
    public void One_epoch_is_one_full_batch_step_from_zero()
    {
        double[][] x = X;
        double[] y = Y;
        // w = [0, 0], b = 0: every prediction is 0, so the residuals r = prediction − y = [−1, −2, −3, −2].
        // g_w1 = (2/4)·(1·−1 + 0·−2 + 1·−3 + 2·−2) = 0.5·−8   = −4
        // g_w2 = (2/4)·(0·−1 + 1·−2 + 1·−3 + 0·−2) = 0.5·−5   = −2.5
        // g_b  = (2/4)·(−1 − 2 − 3 − 2)            = 0.5·−8   = −4
        // lr = 0.1: w = 0 − 0.1·g = [0.4, 0.25], b = 0.4
        var model = new LinearRegression(learningRate: 0.1, epochs: 1);
        model.Fit(x, y);
        var given = Check.Given(x, y).Hint(2);
        given.Near([0.4, 0.25], model.Weights);
        given.Near(0.4, model.Bias);
    }

    [Fact]
    public void Two_epochs_use_the_residuals_of_the_first_step()
    {
        double[][] x = X;
        double[] y = Y;
        // After epoch 1: w = [0.4, 0.25], b = 0.4 (see above).
        // predictions: 0.4 + 0.4 = 0.8; 0.25 + 0.4 = 0.65; 0.4 + 0.25 + 0.4 = 1.05; 0.8 + 0.4 = 1.2
        // residuals r = [0.8 − 1, 0.65 − 2, 1.05 − 3, 1.2 − 2] = [−0.2, −1.35, −1.95, −0.8]
        // g_w1 = 0.5·(−0.2 − 1.95 + 2·−0.8) = 0.5·−3.75 = −1.875
        // g_w2 = 0.5·(−1.35 − 1.95)         = 0.5·−3.3  = −1.65
        // g_b  = 0.5·(−0.2 − 1.35 − 1.95 − 0.8) = 0.5·−4.3 = −2.15
        // w = [0.4 + 0.1875, 0.25 + 0.165] = [0.5875, 0.415], b = 0.4 + 0.215 = 0.615
        var model = new LinearRegression(learningRate: 0.1, epochs: 2);
        model.Fit(x, y);
        var given = Check.Given(x, y).Hint(3);
        given.Near([0.5875, 0.415], model.Weights);
        given.Near(0.615, model.Bias);
    }

    [Fact]
    public void Predict_is_the_dot_product_plus_the_bias()
    {
        double[][] x = X;
        double[] y = Y;
        var model = new LinearRegression(learningRate: 0.1, epochs: 1);
        model.Fit(x, y);
        // w = [0.4, 0.25], b = 0.4 (first test):
        // [1, 1] → 0.4 + 0.25 + 0.4 = 1.05; [0, 0] → 0.4; [2, −1] → 0.8 − 0.25 + 0.4 = 0.95
        double[][] query = [[1, 1], [0, 0], [2, -1]];
        Check.Given(query).Hint(3).Near([1.05, 0.4, 0.95], model.Predict(query));
    }

    [Fact]
    public void Zero_epochs_leave_every_parameter_at_zero()
    {
        double[][] x = X;
        double[] y = Y;
        var model = new LinearRegression(learningRate: 0.1, epochs: 0);
        model.Fit(x, y);
        var given = Check.Given(x, y).Hint(1);
        given.Near([0.0, 0.0], model.Weights);
        given.Near(0.0, model.Bias);
        given.Near([0.0, 0.0, 0.0, 0.0], model.Predict(x));
    }

    [Fact]
    public void Training_converges_to_the_exact_line_on_noise_free_data()
    {
        // y = 3·x1 − 2·x2 + 1 exactly, features spread over [0, 1]. The least-squares solution is
        // the generating line itself, and with lr = 0.3 gradient descent contracts the error by a
        // factor of at most about 0.96 per epoch, so 5000 epochs reach it to machine precision.
        var x = new double[40][];
        var y = new double[40];
        for (int i = 0; i < 40; i++)
        {
            x[i] = [(i % 7) / 6.0, (i * 3 % 11) / 10.0];
            y[i] = 3 * x[i][0] - 2 * x[i][1] + 1;
        }
        var model = new LinearRegression(learningRate: 0.3, epochs: 5000);
        model.Fit(x, y);
        var given = Check.Given(x, y).Hint(1);
        given.Near([3.0, -2.0], model.Weights, 1e-6);
        given.Near(1.0, model.Bias, 1e-6);
        double[][] query = [[0.5, 0.5], [2, 3]];
        given.Near([1.5, 1.0], model.Predict(query), 1e-6);
    }

    [Fact]
    public void The_defaults_are_learning_rate_0_01_and_1000_epochs()
    {
        double[][] x = [[1], [2], [3], [4]];
        double[] y = [3, 5, 7, 9];
        var byDefault = new LinearRegression();
        byDefault.Fit(x, y);
        var spelledOut = new LinearRegression(learningRate: 0.01, epochs: 1000);
        spelledOut.Fit(x, y);
        var given = Check.Given(x, y).Hint(1);
        given.Near(spelledOut.Weights, byDefault.Weights);
        given.Near(spelledOut.Bias, byDefault.Bias);
    }

    [Fact]
    public void Every_fit_starts_again_from_zero()
    {
        double[][] x = X;
        double[] y = Y;
        double[][] other = [[5, -3], [1, 2]];
        double[] otherY = [10, -4];
        var model = new LinearRegression(learningRate: 0.1, epochs: 1);
        model.Fit(other, otherY);
        model.Fit(x, y);
        // A second Fit forgets the first: the result is the one-epoch answer from zero.
        var given = Check.Given(x, y).Hint(1);
        given.Near([0.4, 0.25], model.Weights);
        given.Near(0.4, model.Bias);
    }

    [Fact]
    public void Weights_returns_a_copy_of_the_model_state()
    {
        double[][] x = X;
        double[] y = Y;
        var model = new LinearRegression(learningRate: 0.1, epochs: 1);
        model.Fit(x, y);
        double[] weights = model.Weights;
        weights[0] = 100;
        var given = Check.Given(x, y).Hint(3);
        given.Near([0.4, 0.25], model.Weights);
        double[][] query = [[1, 0]];
        given.Near([0.8], model.Predict(query));
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        double[][] x = X;
        double[] y = Y;
        var model = new LinearRegression(learningRate: 0.1, epochs: 3);
        var given = Check.Given(x, y).Hint(3);
        given.Unchanged(() => model.Fit(x, y));
        given.Unchanged(() => model.Predict(x));
    }

    [Fact]
    public void Predicting_no_rows_gives_an_empty_array()
    {
        double[][] x = X;
        double[] y = Y;
        var model = new LinearRegression(learningRate: 0.1, epochs: 1);
        model.Fit(x, y);
        double[][] none = [];
        Check.Given(none).Equal(Array.Empty<double>(), model.Predict(none));
    }

    [Fact]
    public void Using_the_model_before_Fit_is_an_invalid_operation()
    {
        var model = new LinearRegression();
        double[][] x = X;
        var given = Check.Given(x);
        given.Throws<InvalidOperationException>(() => model.Predict(x));
        given.Throws<InvalidOperationException>(() => _ = model.Weights);
        given.Throws<InvalidOperationException>(() => _ = model.Bias);
    }

    [Fact]
    public void Empty_training_data_is_rejected()
    {
        double[][] x = [];
        double[] y = [];
        Check.Given(x, y).Throws<ArgumentException>(() => new LinearRegression().Fit(x, y), "x");
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        double[][] x = X;
        double[] y = Y;
        var given = Check.Given(x, y);
        given.Throws<ArgumentNullException>(() => new LinearRegression().Fit(null!, y), "x");
        given.Throws<ArgumentNullException>(() => new LinearRegression().Fit(x, null!), "y");
    }

    [Fact]
    public void Targets_of_a_different_length_are_rejected_naming_y()
    {
        double[][] x = X;
        double[] y = [1, 2, 3];
        Check.Given(x, y).Throws<ArgumentException>(() => new LinearRegression().Fit(x, y), "y");
    }

    [Fact]
    public void Rows_of_different_widths_are_rejected()
    {
        double[][] x = [[1, 0], [0], [1, 1]];
        double[] y = [1, 2, 3];
        Check.Given(x, y).Throws<ArgumentException>(() => new LinearRegression().Fit(x, y), "x");
    }

    [Fact]
    public void Predicting_rows_with_the_wrong_number_of_features_is_rejected()
    {
        double[][] x = X;
        double[] y = Y;
        var model = new LinearRegression(learningRate: 0.1, epochs: 1);
        model.Fit(x, y);
        double[][] query = [[1, 0, 2]];
        Check.Given(query).Throws<ArgumentException>(() => model.Predict(query), "x");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void The_learning_rate_must_be_positive_and_finite(double learningRate)
    {
        Check.Given(learningRate).Throws<ArgumentOutOfRangeException>(() => new LinearRegression(learningRate, 10), "learningRate");
    }

    [Fact]
    public void Epochs_cannot_be_negative()
    {
        int epochs = -1;
        Check.Given(epochs).Throws<ArgumentOutOfRangeException>(() => new LinearRegression(0.1, epochs), "epochs");
    }
}
