using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class RegressionMetricsTests
{
    // scikit-learn's documented example for mean_squared_error (0.375), root_mean_squared_error
    // (0.612...), mean_absolute_error (0.5) and r2_score (0.948...).
    // Errors yTrue − yPred: 0.5, −0.5, 0, −1.
    private static double[] YTrue => [3, -0.5, 2, 7];
    private static double[] YPred => [2.5, 0.0, 2, 8];

    [Fact]
    public void MeanSquaredError_matches_scikit_learn()
    {
        double[] yTrue = YTrue, yPred = YPred;
        // (0.25 + 0.25 + 0 + 1) / 4
        Check.Given(yTrue, yPred).Hint(1).Near(0.375, RegressionMetrics.MeanSquaredError(yTrue, yPred));
    }

    [Fact]
    public void RootMeanSquaredError_is_the_root_of_the_whole_mean()
    {
        double[] yTrue = YTrue, yPred = YPred;
        // sqrt(0.375) = 0.6123724; the mean of the per-sample roots would be the MAE, 0.5.
        Check.Given(yTrue, yPred).Hint(1).Near(Math.Sqrt(0.375), RegressionMetrics.RootMeanSquaredError(yTrue, yPred));
    }

    [Fact]
    public void MeanAbsoluteError_matches_scikit_learn()
    {
        double[] yTrue = YTrue, yPred = YPred;
        // (0.5 + 0.5 + 0 + 1) / 4; without the absolute value the errors would cancel to −0.25.
        Check.Given(yTrue, yPred).Hint(1).Near(0.5, RegressionMetrics.MeanAbsoluteError(yTrue, yPred));
    }

    [Fact]
    public void R2_matches_scikit_learn()
    {
        double[] yTrue = YTrue, yPred = YPred;
        // mean = 11.5 / 4 = 2.875; SS_tot = 0.125² + 3.375² + 0.875² + 4.125² = 29.1875;
        // SS_res = 1.5; R² = 1 − 1.5 / 29.1875 = 0.9486081
        Check.Given(yTrue, yPred).Hint(2).Near(1 - 1.5 / 29.1875, RegressionMetrics.R2(yTrue, yPred));
    }

    [Theory]
    [InlineData(new[] { 1.0, 2.0, 3.0 }, 1.0)]    // perfect
    [InlineData(new[] { 2.0, 2.0, 2.0 }, 0.0)]    // always the mean: SS_res = SS_tot = 2
    [InlineData(new[] { 3.0, 2.0, 1.0 }, -3.0)]   // SS_res = 4 + 0 + 4 = 8: 1 − 8 / 2
    public void R2_is_one_for_perfect_zero_for_the_mean_and_negative_when_worse(double[] yPred, double expected)
    {
        // scikit-learn's r2_score examples with yTrue = [1, 2, 3] (mean 2, SS_tot = 1 + 0 + 1 = 2).
        // A reversed prediction has squared correlation 1, but R² is −3.
        double[] yTrue = [1, 2, 3];
        Check.Given(yTrue, yPred).Hint(2).Near(expected, RegressionMetrics.R2(yTrue, yPred));
    }

    [Fact]
    public void R2_of_a_constant_target_is_one_only_for_a_perfect_prediction()
    {
        // scikit-learn's r2_score examples: SS_tot = 0, so 1.0 when SS_res = 0, else 0.0
        // (a tiny SS_res of 1e-16 still counts as imperfect).
        double[] yTrue = [-2, -2, -2], perfect = [-2, -2, -2], almost = [-2, -2, -2 + 1e-8];
        Check.Given(yTrue, perfect).Hint(3).Near(1.0, RegressionMetrics.R2(yTrue, perfect));
        Check.Given(yTrue, almost).Hint(3).Near(0.0, RegressionMetrics.R2(yTrue, almost));
    }

    [Fact]
    public void R2_of_a_single_sample_follows_the_constant_target_rule()
    {
        double[] yTrue = [5], right = [5], wrong = [4];
        Check.Given(yTrue, right).Hint(3).Near(1.0, RegressionMetrics.R2(yTrue, right));
        Check.Given(yTrue, wrong).Hint(3).Near(0.0, RegressionMetrics.R2(yTrue, wrong));
    }

    [Fact]
    public void R2_is_stable_for_large_values_close_together()
    {
        // yTrue = 1e9 + [1, 2, 3]: mean 1e9 + 2, SS_tot = 1 + 0 + 1 = 2 (all exact in double).
        // yPred = 1e9 + [1, 2, 4]: SS_res = 1, so R² = 1 − 1/2 = 0.5.
        // The one-pass Σy² − n·mean² works with numbers near 3e18, where doubles are 512 apart,
        // and gets SS_tot = 0.
        double[] yTrue = [1e9 + 1, 1e9 + 2, 1e9 + 3], yPred = [1e9 + 1, 1e9 + 2, 1e9 + 4];
        Check.Given(yTrue, yPred).Hint(3).Near(0.5, RegressionMetrics.R2(yTrue, yPred));
    }

    [Fact]
    public void A_single_sample_is_enough_for_the_error_metrics()
    {
        // error 5 − 2 = 3: MSE 9, RMSE 3, MAE 3
        double[] yTrue = [5], yPred = [2];
        var given = Check.Given(yTrue, yPred).Hint(1);
        given.Near(9.0, RegressionMetrics.MeanSquaredError(yTrue, yPred));
        given.Near(3.0, RegressionMetrics.RootMeanSquaredError(yTrue, yPred));
        given.Near(3.0, RegressionMetrics.MeanAbsoluteError(yTrue, yPred));
    }

    [Fact]
    public void Empty_input_is_rejected()
    {
        double[] yTrue = [], yPred = [];
        var given = Check.Given(yTrue, yPred);
        given.Throws<ArgumentException>(() => RegressionMetrics.MeanSquaredError(yTrue, yPred), "yTrue");
        given.Throws<ArgumentException>(() => RegressionMetrics.RootMeanSquaredError(yTrue, yPred), "yTrue");
        given.Throws<ArgumentException>(() => RegressionMetrics.MeanAbsoluteError(yTrue, yPred), "yTrue");
        given.Throws<ArgumentException>(() => RegressionMetrics.R2(yTrue, yPred), "yTrue");
    }

    [Fact]
    public void Mismatched_lengths_are_rejected_naming_yPred()
    {
        double[] yTrue = [1, 2, 3], yPred = [1, 2];
        var given = Check.Given(yTrue, yPred);
        given.Throws<ArgumentException>(() => RegressionMetrics.MeanSquaredError(yTrue, yPred), "yPred");
        given.Throws<ArgumentException>(() => RegressionMetrics.RootMeanSquaredError(yTrue, yPred), "yPred");
        given.Throws<ArgumentException>(() => RegressionMetrics.MeanAbsoluteError(yTrue, yPred), "yPred");
        given.Throws<ArgumentException>(() => RegressionMetrics.R2(yTrue, yPred), "yPred");
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        double[] yTrue = YTrue, yPred = YPred;
        var given = Check.Given(yTrue, yPred);
        given.Unchanged(() => RegressionMetrics.MeanSquaredError(yTrue, yPred));
        given.Unchanged(() => RegressionMetrics.RootMeanSquaredError(yTrue, yPred));
        given.Unchanged(() => RegressionMetrics.MeanAbsoluteError(yTrue, yPred));
        given.Unchanged(() => RegressionMetrics.R2(yTrue, yPred));
    }
}
