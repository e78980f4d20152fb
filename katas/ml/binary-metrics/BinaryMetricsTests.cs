using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class BinaryMetricsTests
{
    // Worked example from README.md. Pairs (true, predicted):
    // (1,1) TP, (1,0) FN, (1,1) TP, (0,1) FP, (0,0) TN, (0,0) TN, (0,1) FP, (1,1) TP
    // so TP = 3, FP = 2, FN = 1, TN = 2.
    private static int[] YTrue => [1, 1, 1, 0, 0, 0, 0, 1];
    private static int[] YPred => [1, 0, 1, 1, 0, 0, 1, 1];

    [Fact]
    public void ConfusionCounts_counts_each_outcome()
    {
        int[] yTrue = YTrue, yPred = YPred;
        Check.Given(yTrue, yPred).Hint(1).Equal((3, 2, 1, 2), BinaryMetrics.ConfusionCounts(yTrue, yPred));
    }

    [Fact]
    public void Accuracy_is_the_share_of_right_predictions()
    {
        int[] yTrue = YTrue, yPred = YPred;
        // (TP + TN) / n = (3 + 2) / 8
        Check.Given(yTrue, yPred).Hint(1).Near(0.625, BinaryMetrics.Accuracy(yTrue, yPred));
    }

    [Fact]
    public void Precision_divides_by_the_predicted_positives()
    {
        int[] yTrue = YTrue, yPred = YPred;
        // TP / (TP + FP) = 3 / 5; FP = 2 and FN = 1 differ, so a swapped denominator shows.
        Check.Given(yTrue, yPred).Hint(2).Near(0.6, BinaryMetrics.Precision(yTrue, yPred));
    }

    [Fact]
    public void Recall_divides_by_the_actual_positives()
    {
        int[] yTrue = YTrue, yPred = YPred;
        // TP / (TP + FN) = 3 / 4
        Check.Given(yTrue, yPred).Hint(2).Near(0.75, BinaryMetrics.Recall(yTrue, yPred));
    }

    [Fact]
    public void F1_is_the_harmonic_mean_of_precision_and_recall()
    {
        int[] yTrue = YTrue, yPred = YPred;
        // 2 * 0.6 * 0.75 / (0.6 + 0.75) = 0.9 / 1.35 = 2/3 (the arithmetic mean would be 0.675)
        Check.Given(yTrue, yPred).Hint(3).Near(2.0 / 3.0, BinaryMetrics.F1(yTrue, yPred));
    }

    [Theory]
    [InlineData(2.0, 5.0 / 7.0)]   // 5 * 0.45 / (4 * 0.6 + 0.75) = 2.25 / 3.15
    [InlineData(0.5, 0.625)]       // 1.25 * 0.45 / (0.25 * 0.6 + 0.75) = 0.5625 / 0.9
    [InlineData(1.0, 2.0 / 3.0)]   // beta = 1 is F1
    public void FBeta_weights_recall_beta_times_as_much_as_precision(double beta, double expected)
    {
        int[] yTrue = YTrue, yPred = YPred;
        Check.Given(yTrue, yPred, beta).Hint(3).Near(expected, BinaryMetrics.FBeta(yTrue, yPred, beta));
    }

    [Fact]
    public void Ratios_are_exact_fractions_not_integer_division()
    {
        // TP = 1, FP = 1, FN = 2: precision 1/2, recall 1/3, F1 = 2 * (1/6) / (5/6) = 0.4
        int[] yTrue = [1, 1, 1, 0], yPred = [1, 0, 0, 1];
        var given = Check.Given(yTrue, yPred).Hint(3);
        given.Near(0.5, BinaryMetrics.Precision(yTrue, yPred));
        given.Near(1.0 / 3.0, BinaryMetrics.Recall(yTrue, yPred));
        given.Near(0.4, BinaryMetrics.F1(yTrue, yPred));
    }

    [Fact]
    public void No_predicted_positives_gives_zero_precision_and_f1()
    {
        // TP + FP = 0: 0/0 is 0.0 (scikit-learn's zero_division default), never NaN.
        int[] yTrue = [1, 0, 1], yPred = [0, 0, 0];
        var given = Check.Given(yTrue, yPred).Hint(3);
        given.Near(0.0, BinaryMetrics.Precision(yTrue, yPred));
        given.Near(0.0, BinaryMetrics.F1(yTrue, yPred));
        given.Near(0.0, BinaryMetrics.FBeta(yTrue, yPred, 2.0));
    }

    [Fact]
    public void No_actual_positives_gives_zero_recall_and_full_accuracy()
    {
        // TP + FN = 0 and TP + FP = 0: every ratio is 0/0 -> 0.0; accuracy is 3/3.
        int[] yTrue = [0, 0, 0], yPred = [0, 0, 0];
        var given = Check.Given(yTrue, yPred).Hint(3);
        given.Near(0.0, BinaryMetrics.Recall(yTrue, yPred));
        given.Near(0.0, BinaryMetrics.F1(yTrue, yPred));
        given.Near(1.0, BinaryMetrics.Accuracy(yTrue, yPred));
    }

    [Fact]
    public void Perfect_predictions_score_one()
    {
        int[] yTrue = [0, 1, 1, 0, 1], yPred = [0, 1, 1, 0, 1];
        var given = Check.Given(yTrue, yPred);
        given.Near(1.0, BinaryMetrics.Precision(yTrue, yPred));
        given.Near(1.0, BinaryMetrics.Recall(yTrue, yPred));
        given.Near(1.0, BinaryMetrics.F1(yTrue, yPred));
        given.Near(1.0, BinaryMetrics.Accuracy(yTrue, yPred));
    }

    [Fact]
    public void Empty_input_is_rejected()
    {
        int[] yTrue = [], yPred = [];
        var given = Check.Given(yTrue, yPred);
        given.Throws<ArgumentException>(() => BinaryMetrics.Precision(yTrue, yPred), "yTrue");
        given.Throws<ArgumentException>(() => BinaryMetrics.Accuracy(yTrue, yPred), "yTrue");
    }

    [Fact]
    public void Mismatched_lengths_are_rejected_naming_yPred()
    {
        int[] yTrue = [1, 0, 1], yPred = [1, 0];
        var given = Check.Given(yTrue, yPred);
        given.Throws<ArgumentException>(() => BinaryMetrics.Recall(yTrue, yPred), "yPred");
        given.Throws<ArgumentException>(() => BinaryMetrics.ConfusionCounts(yTrue, yPred), "yPred");
    }

    [Theory]
    [InlineData(new[] { 1, 2, 0 }, new[] { 1, 0, 0 }, "yTrue")]
    [InlineData(new[] { 1, 0, 0 }, new[] { 1, -1, 0 }, "yPred")]
    public void Labels_other_than_0_and_1_are_rejected(int[] yTrue, int[] yPred, string paramName)
    {
        Check.Given(yTrue, yPred).Throws<ArgumentException>(() => BinaryMetrics.F1(yTrue, yPred), paramName);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Beta_must_be_positive(double beta)
    {
        int[] yTrue = YTrue, yPred = YPred;
        Check.Given(yTrue, yPred, beta).Throws<ArgumentOutOfRangeException>(() => BinaryMetrics.FBeta(yTrue, yPred, beta), "beta");
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        int[] yTrue = YTrue, yPred = YPred;
        var given = Check.Given(yTrue, yPred);
        given.Unchanged(() => BinaryMetrics.ConfusionCounts(yTrue, yPred));
        given.Unchanged(() => BinaryMetrics.FBeta(yTrue, yPred, 2.0));
    }
}
