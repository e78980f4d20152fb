using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class MulticlassMetricsTests
{
    // scikit-learn's f1_score example: macro 0.26..., micro 0.33..., weighted 0.26...
    // Pairs (true, predicted): (0,0) (1,2) (2,1) (0,0) (1,0) (2,1)
    //   class 0: TP 2, predicted 3, true 2 -> F1 = 2*2 / (3 + 2) = 0.8
    //   class 1: TP 0 -> F1 0;  class 2: TP 0 -> F1 0
    private static int[] SkTrue => [0, 1, 2, 0, 1, 2];
    private static int[] SkPred => [0, 2, 1, 0, 0, 1];

    // Unequal supports (4, 2, 1), so macro, micro and weighted all differ.
    // Pairs: (0,0) x3, (0,1), (1,1), (1,2), (2,2)
    //   class 0: TP 3, predicted 3, true 4 -> F1 = 6 / 7
    //   class 1: TP 1, predicted 2, true 2 -> F1 = 2 / 4 = 1/2
    //   class 2: TP 1, predicted 2, true 1 -> F1 = 2 / 3
    private static int[] YTrue => [0, 0, 0, 0, 1, 1, 2];
    private static int[] YPred => [0, 0, 0, 1, 1, 2, 2];

    [Fact]
    public void ConfusionMatrix_rows_are_true_labels_and_columns_predictions()
    {
        // scikit-learn's confusion_matrix example: [[2, 0, 0], [0, 0, 1], [1, 0, 2]].
        // It is not symmetric: true 2 predicted 0 happens once, true 0 predicted 2 never.
        int[] yTrue = [2, 0, 2, 2, 0, 1], yPred = [0, 0, 2, 2, 0, 2];
        int numClasses = 3;
        Check.Given(yTrue, yPred, numClasses).Hint(3).Equal(
            new int[,] { { 2, 0, 0 }, { 0, 0, 1 }, { 1, 0, 2 } },
            MulticlassMetrics.ConfusionMatrix(yTrue, yPred, numClasses));
    }

    [Fact]
    public void ConfusionMatrix_has_a_row_and_a_column_for_every_class()
    {
        // Class 2 never occurs, but numClasses = 3 asks for a 3 x 3 matrix.
        int[] yTrue = [0, 1, 1], yPred = [1, 1, 0];
        int numClasses = 3;
        Check.Given(yTrue, yPred, numClasses).Hint(1).Equal(
            new int[,] { { 0, 1, 0 }, { 1, 1, 0 }, { 0, 0, 0 } },
            MulticlassMetrics.ConfusionMatrix(yTrue, yPred, numClasses));
    }

    [Fact]
    public void MacroF1_matches_scikit_learn()
    {
        int[] yTrue = SkTrue, yPred = SkPred;
        int numClasses = 3;
        // (0.8 + 0 + 0) / 3
        Check.Given(yTrue, yPred, numClasses).Hint(2).Near(0.8 / 3, MulticlassMetrics.MacroF1(yTrue, yPred, numClasses));
    }

    [Fact]
    public void MicroF1_matches_scikit_learn()
    {
        int[] yTrue = SkTrue, yPred = SkPred;
        int numClasses = 3;
        // pooled: 2 correct of 6
        Check.Given(yTrue, yPred, numClasses).Hint(3).Near(1.0 / 3, MulticlassMetrics.MicroF1(yTrue, yPred, numClasses));
    }

    [Fact]
    public void WeightedF1_matches_scikit_learn()
    {
        int[] yTrue = SkTrue, yPred = SkPred;
        int numClasses = 3;
        // supports 2, 2, 2: (2 * 0.8 + 2 * 0 + 2 * 0) / 6
        Check.Given(yTrue, yPred, numClasses).Hint(2).Near(0.8 / 3, MulticlassMetrics.WeightedF1(yTrue, yPred, numClasses));
    }

    [Fact]
    public void MacroF1_is_the_plain_mean_of_the_per_class_scores()
    {
        int[] yTrue = YTrue, yPred = YPred;
        int numClasses = 3;
        // (6/7 + 1/2 + 2/3) / 3 = (36 + 21 + 28) / 42 / 3 = 85 / 126
        Check.Given(yTrue, yPred, numClasses).Hint(2).Near(85.0 / 126, MulticlassMetrics.MacroF1(yTrue, yPred, numClasses));
    }

    [Fact]
    public void WeightedF1_weights_each_class_by_its_true_support()
    {
        int[] yTrue = YTrue, yPred = YPred;
        int numClasses = 3;
        // (4 * 6/7 + 2 * 1/2 + 1 * 2/3) / 7 = (72 + 21 + 14) / 21 / 7 = 107 / 147
        // (weighting by predicted counts 3, 2, 2 instead would give (18/7 + 1 + 4/3) / 7 = 103/147)
        Check.Given(yTrue, yPred, numClasses).Hint(2).Near(107.0 / 147, MulticlassMetrics.WeightedF1(yTrue, yPred, numClasses));
    }

    [Fact]
    public void MicroF1_pools_the_counts_over_all_classes()
    {
        int[] yTrue = YTrue, yPred = YPred;
        int numClasses = 3;
        // sum TP = 3 + 1 + 1 = 5; sum (TP + FP) = sum (TP + FN) = 7, so micro F1 = 5 / 7
        Check.Given(yTrue, yPred, numClasses).Hint(3).Near(5.0 / 7, MulticlassMetrics.MicroF1(yTrue, yPred, numClasses));
    }

    [Fact]
    public void A_class_that_never_occurs_scores_zero_and_still_counts_in_the_macro_mean()
    {
        // scikit-learn's example again, with labels=[0, 1, 2, 3]: class 3 has no true and no
        // predicted samples, so its F1 is 0/0 -> 0 and macro = (0.8 + 0 + 0 + 0) / 4 = 0.2.
        // Weighted and micro do not change: class 3 has no support and no predictions.
        int[] yTrue = SkTrue, yPred = SkPred;
        int numClasses = 4;
        var given = Check.Given(yTrue, yPred, numClasses).Hint(2);
        given.Near(0.2, MulticlassMetrics.MacroF1(yTrue, yPred, numClasses));
        given.Near(0.8 / 3, MulticlassMetrics.WeightedF1(yTrue, yPred, numClasses));
        given.Near(1.0 / 3, MulticlassMetrics.MicroF1(yTrue, yPred, numClasses));
    }

    [Fact]
    public void A_class_that_is_never_predicted_scores_zero_not_NaN()
    {
        // class 0: TP 2, predicted 3, true 2 -> F1 = 4 / 5 = 0.8
        // class 1: TP 0, predicted 0, true 1 -> precision 0/0 = 0, recall 0, F1 = 0
        // macro (0.8 + 0) / 2 = 0.4; weighted (2 * 0.8 + 1 * 0) / 3 = 1.6 / 3; micro 2 / 3
        int[] yTrue = [0, 0, 1], yPred = [0, 0, 0];
        int numClasses = 2;
        var given = Check.Given(yTrue, yPred, numClasses).Hint(2);
        given.Near(0.4, MulticlassMetrics.MacroF1(yTrue, yPred, numClasses));
        given.Near(1.6 / 3, MulticlassMetrics.WeightedF1(yTrue, yPred, numClasses));
        given.Near(2.0 / 3, MulticlassMetrics.MicroF1(yTrue, yPred, numClasses));
    }

    [Fact]
    public void Perfect_predictions_score_one()
    {
        int[] yTrue = [2, 0, 1, 1, 0], yPred = [2, 0, 1, 1, 0];
        int numClasses = 3;
        var given = Check.Given(yTrue, yPred, numClasses);
        given.Near(1.0, MulticlassMetrics.MacroF1(yTrue, yPred, numClasses));
        given.Near(1.0, MulticlassMetrics.MicroF1(yTrue, yPred, numClasses));
        given.Near(1.0, MulticlassMetrics.WeightedF1(yTrue, yPred, numClasses));
    }

    [Fact]
    public void A_single_class_is_allowed()
    {
        int[] yTrue = [0, 0, 0], yPred = [0, 0, 0];
        int numClasses = 1;
        var given = Check.Given(yTrue, yPred, numClasses);
        given.Equal(new int[,] { { 3 } }, MulticlassMetrics.ConfusionMatrix(yTrue, yPred, numClasses));
        given.Near(1.0, MulticlassMetrics.MacroF1(yTrue, yPred, numClasses));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void NumClasses_below_one_is_rejected(int numClasses)
    {
        int[] yTrue = [0, 0], yPred = [0, 0];
        var given = Check.Given(yTrue, yPred, numClasses);
        given.Throws<ArgumentOutOfRangeException>(() => MulticlassMetrics.ConfusionMatrix(yTrue, yPred, numClasses), "numClasses");
        given.Throws<ArgumentOutOfRangeException>(() => MulticlassMetrics.MacroF1(yTrue, yPred, numClasses), "numClasses");
    }

    [Fact]
    public void Empty_input_is_rejected_before_the_class_count()
    {
        int[] yTrue = [], yPred = [];
        var given = Check.Given(yTrue, yPred);
        given.Throws<ArgumentException>(() => MulticlassMetrics.ConfusionMatrix(yTrue, yPred, 3), "yTrue");
        given.Throws<ArgumentException>(() => MulticlassMetrics.MacroF1(yTrue, yPred, 3), "yTrue");
        given.Throws<ArgumentException>(() => MulticlassMetrics.MicroF1(yTrue, yPred, 3), "yTrue");
        given.Throws<ArgumentException>(() => MulticlassMetrics.WeightedF1(yTrue, yPred, 3), "yTrue");
        // Empty is checked before range rules, so numClasses = 0 still reports the empty array.
        given.Throws<ArgumentException>(() => MulticlassMetrics.MacroF1(yTrue, yPred, 0), "yTrue");
    }

    [Fact]
    public void Mismatched_lengths_are_rejected_naming_yPred()
    {
        int[] yTrue = [0, 1, 2], yPred = [0, 1];
        var given = Check.Given(yTrue, yPred);
        given.Throws<ArgumentException>(() => MulticlassMetrics.ConfusionMatrix(yTrue, yPred, 3), "yPred");
        given.Throws<ArgumentException>(() => MulticlassMetrics.WeightedF1(yTrue, yPred, 3), "yPred");
    }

    [Theory]
    [InlineData(new[] { 0, 3, 1 }, new[] { 0, 1, 1 }, "yTrue")]
    [InlineData(new[] { 0, 1, 1 }, new[] { 0, -1, 1 }, "yPred")]
    public void Labels_outside_the_classes_are_rejected(int[] yTrue, int[] yPred, string paramName)
    {
        int numClasses = 3;
        var given = Check.Given(yTrue, yPred, numClasses);
        given.Throws<ArgumentException>(() => MulticlassMetrics.ConfusionMatrix(yTrue, yPred, numClasses), paramName);
        given.Throws<ArgumentException>(() => MulticlassMetrics.MicroF1(yTrue, yPred, numClasses), paramName);
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        int[] yTrue = YTrue, yPred = YPred;
        var given = Check.Given(yTrue, yPred);
        given.Unchanged(() => MulticlassMetrics.ConfusionMatrix(yTrue, yPred, 3));
        given.Unchanged(() => MulticlassMetrics.MacroF1(yTrue, yPred, 3));
        given.Unchanged(() => MulticlassMetrics.MicroF1(yTrue, yPred, 3));
        given.Unchanged(() => MulticlassMetrics.WeightedF1(yTrue, yPred, 3));
    }
}
