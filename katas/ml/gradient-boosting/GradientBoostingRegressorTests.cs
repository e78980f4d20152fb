using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class GradientBoostingRegressorTests
{
    // The README example, derived by hand: x = [1, 2, 3, 4], y = [1, 1, 3, 5], 2 rounds, rate 0.5.
    // F0 = 10/4 = 2.5, residuals [-1.5, -1.5, 0.5, 2.5].
    // Round 1 SSE by threshold: 1.5 -> 0 + 8, 2.5 -> 0 + 2, 3.5 -> 8/3 + 0; take 2.5, leaves -1.5 | 1.5.
    //   F1 = 2.5 + 0.5 * [-1.5, -1.5, 1.5, 1.5] = [1.75, 1.75, 3.25, 3.25]; residuals [-0.75, -0.75, -0.25, 1.75].
    // Round 2 SSE: 1.5 -> 0 + 3.5, 2.5 -> 0 + 2, 3.5 -> 1/6 + 0; take 3.5, leaves -7/12 | 1.75.
    // Predictions: x <= 2.5:       2.5 - 0.75 - 7/24 = 35/24
    //              2.5 < x <= 3.5: 2.5 + 0.75 - 7/24 = 71/24
    //              x > 3.5:        2.5 + 0.75 + 0.875 = 4.125
    private const double Low = 35.0 / 24, Middle = 71.0 / 24, High = 4.125;

    [Fact]
    public void Predicts_the_worked_example()
    {
        double[] x = [1, 2, 3, 4], y = [1, 1, 3, 5], query = [0, 1, 2, 2.2, 2.7, 3, 4, 10];
        var model = new GradientBoostingRegressor(2, 0.5);
        model.Fit(x, y);
        Check.Given(x, y, query).Hint(3).Near([Low, Low, Low, Low, Middle, Middle, High, High], model.Predict(query));
    }

    [Fact]
    public void A_value_equal_to_a_threshold_goes_left()
    {
        // 2.5 is round 1's threshold: left there (-1.5) and in round 2 (3.5 >= 2.5) -> 35/24.
        // 3.5 is round 2's threshold: right in round 1, left in round 2 -> 71/24.
        double[] x = [1, 2, 3, 4], y = [1, 1, 3, 5], query = [2.5, 3.5];
        var model = new GradientBoostingRegressor(2, 0.5);
        model.Fit(x, y);
        Check.Given(x, y, query).Hint(3).Near([Low, Middle], model.Predict(query));
    }

    [Fact]
    public void Unsorted_samples_give_the_same_model()
    {
        // The worked example with its samples shuffled.
        double[] x = [4, 1, 3, 2], y = [5, 1, 3, 1], query = [1, 2.7, 4];
        var model = new GradientBoostingRegressor(2, 0.5);
        model.Fit(x, y);
        Check.Given(x, y, query).Hint(2).Near([Low, Middle, High], model.Predict(query));
    }

    [Fact]
    public void Zero_estimators_predict_the_mean()
    {
        // mean(y) = (1 + 1 + 3 + 5) / 4 = 2.5 everywhere.
        double[] x = [1, 2, 3, 4], y = [1, 1, 3, 5], query = [-7, 2, 99];
        var model = new GradientBoostingRegressor(0, 0.5);
        model.Fit(x, y);
        Check.Given(x, y, query).Hint(1).Near([2.5, 2.5, 2.5], model.Predict(query));
    }

    [Fact]
    public void The_learning_rate_shrinks_each_stump()
    {
        // One round at rate 0.25: 2.5 + 0.25 * (-1.5) = 2.125 on the left, 2.5 + 0.25 * 1.5 = 2.875 on the right.
        double[] x = [1, 2, 3, 4], y = [1, 1, 3, 5], query = [1, 4];
        var model = new GradientBoostingRegressor(1, 0.25);
        model.Fit(x, y);
        Check.Given(x, y, query).Hint(1).Near([2.125, 2.875], model.Predict(query));
    }

    [Fact]
    public void Equal_error_goes_to_the_lowest_threshold()
    {
        // x = 1..6, y = [0, 0, 3, 3, 0, 0], mean 1, residuals [-1, -1, 2, 2, -1, -1].
        // SSE: 1.5 -> 0 + 10.8, 2.5 -> 0 + 9 (right mean 0.5), 3.5 -> 6 + 6,
        //      4.5 -> 9 + 0, 5.5 -> 10.8 + 0. 2.5 and 4.5 tie; 2.5 wins: leaves -1 | 0.5.
        // One round at rate 1: x <= 2.5 -> 1 - 1 = 0, otherwise 1 + 0.5 = 1.5
        // (4.5 would give 1.5 for x = 1 and 0 for x = 6).
        double[] x = [1, 2, 3, 4, 5, 6], y = [0, 0, 3, 3, 0, 0], query = [1, 3, 6];
        var model = new GradientBoostingRegressor(1, 1.0);
        model.Fit(x, y);
        Check.Given(x, y, query).Hint(3).Near([0.0, 1.5, 1.5], model.Predict(query));
    }

    [Fact]
    public void Thresholds_only_fall_between_distinct_values()
    {
        // x = [1, 1, 2], y = [0, 2, 4]: mean 2, residuals [-2, 0, 2]. The only threshold is 1.5:
        // leaves mean(-2, 0) = -1 | 2, so one round at rate 1 predicts 1 for x = 1 and 4 for x = 2.
        double[] x = [1, 1, 2], y = [0, 2, 4], query = [1, 2];
        var model = new GradientBoostingRegressor(1, 1.0);
        model.Fit(x, y);
        Check.Given(x, y, query).Hint(2).Near([1.0, 4.0], model.Predict(query));
    }

    [Fact]
    public void A_single_distinct_x_makes_one_leaf_stumps()
    {
        // Nothing to split: each stump is the mean residual, 0 after F0 = mean(y) = 3.
        double[] x = [3, 3, 3], y = [1, 2, 6], query = [0, 3, 100];
        var model = new GradientBoostingRegressor(5, 0.5);
        model.Fit(x, y);
        Check.Given(x, y, query).Hint(3).Near([3.0, 3.0, 3.0], model.Predict(query));
    }

    [Fact]
    public void A_single_sample_predicts_its_target()
    {
        double[] x = [2], y = [-4.5], query = [-1, 2, 5];
        var model = new GradientBoostingRegressor(3, 0.1);
        model.Fit(x, y);
        Check.Given(x, y, query).Hint(3).Near([-4.5, -4.5, -4.5], model.Predict(query));
    }

    [Fact]
    public void More_rounds_never_increase_the_training_error()
    {
        // Each round fits the residuals by least squares, so with a rate in (0, 1] the training
        // SSE r.r - (2 lr - lr^2) h.h cannot grow; after many rounds it is far below the variance.
        double[] x = [3, 1, 4, 1.5, 5, 9, 2, 6], y = [2, 7, 1, 8, 2, 8, 1, 8];
        var given = Check.Given(x, y).Hint(1);
        double previous = double.PositiveInfinity, first = 0;
        foreach (int rounds in new[] { 0, 1, 2, 5, 20, 100 })
        {
            var model = new GradientBoostingRegressor(rounds, 0.5);
            model.Fit(x, y);
            double[] fitted = model.Predict(x);
            double mse = fitted.Zip(y, (f, t) => (f - t) * (f - t)).Average();
            if (rounds == 0) first = mse;
            given.That(mse <= previous + 1e-12, $"training MSE not above {previous} after {rounds} rounds", mse);
            previous = mse;
        }
        given.That(previous < first / 100, $"training MSE after 100 rounds below 1% of {first}", previous);
    }

    [Fact]
    public void Fit_again_replaces_the_model()
    {
        double[] x = [0, 10], y = [100, 300], query = [0, 10];
        var model = new GradientBoostingRegressor(1, 1.0);
        model.Fit([1, 2, 3, 4], [1, 1, 3, 5]);
        model.Fit(x, y);
        // mean 200, residuals [-100, 100], threshold 5, leaves -100 | 100.
        Check.Given(x, y, query).Hint(1).Near([100.0, 300.0], model.Predict(query));
    }

    [Fact]
    public void Negative_estimators_are_rejected()
    {
        int estimators = -1;
        Check.Given(estimators).Throws<ArgumentOutOfRangeException>(() => new GradientBoostingRegressor(estimators, 0.1), "estimators");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Learning_rate_must_be_positive_and_finite(double learningRate)
    {
        Check.Given(learningRate).Throws<ArgumentOutOfRangeException>(() => new GradientBoostingRegressor(10, learningRate), "learningRate");
    }

    [Fact]
    public void Predict_before_Fit_is_rejected()
    {
        double[] query = [1.0];
        var model = new GradientBoostingRegressor(3, 0.1);
        Check.Given(query).Throws<InvalidOperationException>(() => model.Predict(query));
    }

    [Fact]
    public void Empty_input_is_rejected()
    {
        double[] x = [], y = [];
        var model = new GradientBoostingRegressor(3, 0.1);
        var given = Check.Given(x, y);
        given.Throws<ArgumentException>(() => model.Fit(x, y), "x");
        model.Fit([1, 2], [3, 4]);
        given.Throws<ArgumentException>(() => model.Predict(x), "x");
    }

    [Fact]
    public void Mismatched_lengths_are_rejected_naming_y()
    {
        double[] x = [1, 2, 3], y = [1, 2];
        var model = new GradientBoostingRegressor(3, 0.1);
        Check.Given(x, y).Throws<ArgumentException>(() => model.Fit(x, y), "y");
    }

    [Theory]
    [InlineData(double.NaN, 1.0, "x")]
    [InlineData(double.PositiveInfinity, 1.0, "x")]
    [InlineData(1.0, double.NaN, "y")]
    [InlineData(1.0, double.NegativeInfinity, "y")]
    public void Values_that_are_not_finite_are_rejected_in_Fit(double xValue, double yValue, string paramName)
    {
        double[] x = [0, xValue, 2], y = [5, yValue, 7];
        var model = new GradientBoostingRegressor(3, 0.1);
        Check.Given(x, y).Throws<ArgumentException>(() => model.Fit(x, y), paramName);
    }

    [Fact]
    public void NaN_is_rejected_in_Predict()
    {
        double[] query = [1, double.NaN];
        var model = new GradientBoostingRegressor(3, 0.1);
        model.Fit([1, 2], [3, 4]);
        Check.Given(query).Throws<ArgumentException>(() => model.Predict(query), "x");
    }

    [Fact]
    public void Null_inputs_are_rejected()
    {
        double[] x = null!, y = null!;
        var model = new GradientBoostingRegressor(3, 0.1);
        var given = Check.Given(x, y);
        given.Throws<ArgumentNullException>(() => model.Fit(x, [1.0]), "x");
        given.Throws<ArgumentNullException>(() => model.Fit([1.0], y), "y");
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        double[] x = [4, 1, 3, 2], y = [5, 1, 3, 1], query = [3.5, 0, 2.5];
        var model = new GradientBoostingRegressor(2, 0.5);
        var given = Check.Given(x, y, query);
        given.Unchanged(() => model.Fit(x, y));
        given.Unchanged(() => model.Predict(query));
        var predictions = model.Predict(query);
        given.That(!ReferenceEquals(predictions, query), "Predict returns a new array", predictions);
    }
}
