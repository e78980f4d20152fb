using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class DecisionTreeSplitTests
{
    private static void SameSplit(Inputs given, (int Feature, double Threshold, double Gain) expected, (int Feature, double Threshold, double Gain) actual)
    {
        given.Equal(expected.Feature, actual.Feature, "BestSplit(x, y).Feature");
        given.Near(expected.Threshold, actual.Threshold, Check.Tolerance, "BestSplit(x, y).Threshold");
        given.Near(expected.Gain, actual.Gain, Check.Tolerance, "BestSplit(x, y).Gain");
    }

    [Theory]
    [InlineData(new[] { 0, 0, 1, 1 }, 0.5)]              // 1 - (1/4 + 1/4)
    [InlineData(new[] { 1, 1, 1, 0 }, 0.375)]            // 1 - (9/16 + 1/16) = 6/16
    [InlineData(new[] { 0, 1, 2 }, 2.0 / 3.0)]           // 1 - 3 * (1/9)
    [InlineData(new[] { -1, -1, 5 }, 4.0 / 9.0)]         // 1 - (4/9 + 1/9); labels need not be 0..k-1
    [InlineData(new[] { 0, 0, 0, 1, 1, 2 }, 11.0 / 18.0)] // 1 - (9 + 4 + 1)/36 = 22/36
    public void Gini_is_one_minus_the_sum_of_squared_shares(int[] labels, double expected)
    {
        Check.Given(labels).Hint(3).Near(expected, DecisionTreeSplit.Gini(labels));
    }

    [Theory]
    [InlineData(new[] { 0, 1 }, 1.0)]                                // -2 * (1/2) log2(1/2) = 1 bit
    [InlineData(new[] { 1, 1, 1, 0 }, 0.8112781244591328)]           // 0.75 * 0.415037 + 0.25 * 2 = 0.311278 + 0.5
    [InlineData(new[] { 0, 1, 2, 3 }, 2.0)]                          // four equal classes: log2 4
    [InlineData(new[] { 7, 7, 7, 3, 3, 9 }, 1.4591479170272448)]     // 1/2 * 1 + 1/3 * 1.5849625 + 1/6 * 2.5849625
    public void Entropy_is_measured_in_bits(int[] labels, double expected)
    {
        Check.Given(labels).Hint(3).Near(expected, DecisionTreeSplit.Entropy(labels));
    }

    [Fact]
    public void A_single_class_is_pure()
    {
        int[] labels = [4, 4, 4];
        var given = Check.Given(labels).Hint(3);
        given.Near(0.0, DecisionTreeSplit.Gini(labels));
        given.Near(0.0, DecisionTreeSplit.Entropy(labels));
    }

    [Fact]
    public void Entropy_skips_labels_that_do_not_occur()
    {
        // Label 1 never occurs between 0 and 2; 0 * log2(0) must count as 0, not NaN:
        // shares 1/3 and 2/3 give 1/3 * 1.5849625 + 2/3 * 0.5849625 = 0.9182958.
        int[] labels = [0, 2, 2];
        Check.Given(labels).Hint(3).Near(0.9182958340544896, DecisionTreeSplit.Entropy(labels));
    }

    [Fact]
    public void BestSplit_finds_the_separating_feature_and_midpoint()
    {
        // README example. Feature 0 sorted: 2(1) 3(0) 10(1) 12(0); its best threshold 2.5 leaves
        // {1} | {0, 1, 0}: 1/2 - 3/4 * 4/9 = 1/6. Feature 1 sorted: 1(0) 3(0) 7(1) 8(1); the
        // midpoint of 3 and 7 is 5 and separates the classes: gain 1/2 - 0 = 0.5.
        double[][] x = [[2, 7], [3, 1], [10, 8], [12, 3]];
        int[] y = [1, 0, 1, 0];
        SameSplit(Check.Given(x, y).Hint(2), (1, 5.0, 0.5), DecisionTreeSplit.BestSplit(x, y));
    }

    [Fact]
    public void BestSplit_weights_each_child_by_its_size()
    {
        // x = 1..6, y = 0 0 0 1 0 1, parent Gini 1 - (16 + 4)/36 = 4/9. Weighted child Gini:
        //   1.5: {0} | {0,0,1,0,1}: 5/6 * 12/25 = 2/5    gain 4/9 - 2/5  = 2/45
        //   2.5: {0,0} | {0,1,0,1}: 4/6 * 1/2 = 1/3      gain 1/9
        //   3.5: {0,0,0} | {1,0,1}: 3/6 * 4/9 = 2/9      gain 2/9   <- best
        //   4.5: {0,0,0,1} | {0,1}: 4/6 * 3/8 + 2/6 * 1/2 = 5/12    gain 1/36
        //   5.5: {0,0,0,1,0} | {1}: 5/6 * 8/25 = 4/15    gain 8/45
        // An unweighted mean of the children would prefer 5.5: 4/9 - (8/25 + 0)/2 = 64/225 > 2/9.
        double[][] x = [[1], [2], [3], [4], [5], [6]];
        int[] y = [0, 0, 0, 1, 0, 1];
        SameSplit(Check.Given(x, y).Hint(2), (0, 3.5, 2.0 / 9.0), DecisionTreeSplit.BestSplit(x, y));
    }

    [Fact]
    public void BestSplit_handles_several_classes()
    {
        // x = 1..6, y = 0 0 0 1 1 2, parent Gini 11/18.
        //   1.5: {0} | {0,0,1,1,2}: 5/6 * 16/25 = 8/15          gain 7/90
        //   2.5: {0,0} | {0,1,1,2}: 4/6 * 10/16 = 5/12          gain 7/36
        //   3.5: {0,0,0} | {1,1,2}: 3/6 * 4/9 = 2/9             gain 7/18 <- best
        //   4.5: {0,0,0,1} | {1,2}: 4/6 * 3/8 + 2/6 * 1/2 = 5/12 gain 7/36
        //   5.5: {0,0,0,1,1} | {2}: 5/6 * 12/25 = 2/5           gain 19/90
        double[][] x = [[6], [1], [4], [3], [5], [2]];
        int[] y = [2, 0, 1, 0, 1, 0];
        SameSplit(Check.Given(x, y).Hint(2), (0, 3.5, 7.0 / 18.0), DecisionTreeSplit.BestSplit(x, y));
    }

    [Fact]
    public void BestSplit_only_cuts_between_distinct_values()
    {
        // Sorted values 1 1 1 2 with labels 0 0 1 1. The only threshold is 1.5 (between the
        // distinct values 1 and 2): {0,0,1} | {1}: 3/4 * 4/9 = 1/3, gain 1/2 - 1/3 = 1/6.
        // Cutting between the equal 1s would claim an impossible perfect split at 1.0.
        double[][] x = [[1], [1], [1], [2]];
        int[] y = [0, 0, 1, 1];
        SameSplit(Check.Given(x, y).Hint(2), (0, 1.5, 1.0 / 6.0), DecisionTreeSplit.BestSplit(x, y));
    }

    [Fact]
    public void BestSplit_handles_unsorted_repeated_and_negative_values()
    {
        // Values -4 -4 0.5 0.5 0.5 8 with labels 1 1 0 0 0 0: thresholds -1.75 and 4.25.
        //   -1.75: {1,1} | {0,0,0,0}: perfect, gain = parent Gini 1 - (4 + 16)/36 = 4/9
        //   4.25: {1,1,0,0,0} | {0}: 5/6 * 12/25 = 2/5, gain 4/9 - 2/5 = 2/45
        double[][] x = [[0.5], [-4], [0.5], [8], [-4], [0.5]];
        int[] y = [0, 1, 0, 0, 1, 0];
        SameSplit(Check.Given(x, y).Hint(2), (0, -1.75, 4.0 / 9.0), DecisionTreeSplit.BestSplit(x, y));
    }

    [Fact]
    public void BestSplit_accepts_a_split_with_zero_gain()
    {
        // One label only: every split leaves pure children, gain 0 - 0 = 0, yet 1.5 is valid.
        double[][] x = [[1], [2], [2]];
        int[] y = [3, 3, 3];
        SameSplit(Check.Given(x, y).Hint(3), (0, 1.5, 0.0), DecisionTreeSplit.BestSplit(x, y));
    }

    [Fact]
    public void BestSplit_accepts_a_zero_gain_split_of_mixed_labels()
    {
        // 1.5 leaves {0,1} | {0,1}: 1/2 - 1/2 = 0; it is the only candidate and it is valid.
        double[][] x = [[1], [1], [2], [2]];
        int[] y = [0, 1, 0, 1];
        SameSplit(Check.Given(x, y).Hint(3), (0, 1.5, 0.0), DecisionTreeSplit.BestSplit(x, y));
    }

    [Fact]
    public void BestSplit_breaks_ties_by_the_lowest_feature()
    {
        // Features 0 and 1 are the same column; 2.5 splits both perfectly (gain 0.5). Feature 2
        // is constant and has no candidate at all.
        double[][] x = [[1, 1, 9], [2, 2, 9], [3, 3, 9], [4, 4, 9]];
        int[] y = [0, 0, 1, 1];
        SameSplit(Check.Given(x, y).Hint(3), (0, 2.5, 0.5), DecisionTreeSplit.BestSplit(x, y));
    }

    [Fact]
    public void BestSplit_breaks_ties_by_the_lowest_threshold()
    {
        // y = 0 1 1 0 over x = 1..4: 1.5 gives {0} | {1,1,0} and 3.5 gives {0,1,1} | {0}, both
        // 3/4 * 4/9 = 1/3, gain 1/2 - 1/3 = 1/6; 2.5 gives {0,1} | {1,0}, gain 0.
        double[][] x = [[4], [3], [2], [1]];
        int[] y = [0, 1, 1, 0];
        SameSplit(Check.Given(x, y).Hint(3), (0, 1.5, 1.0 / 6.0), DecisionTreeSplit.BestSplit(x, y));
    }

    [Fact]
    public void BestSplit_prefers_a_later_feature_only_when_strictly_better()
    {
        // Feature 0 (1..4, labels 0 1 1 0) reaches 1/6 at best; feature 1 separates perfectly at 15.
        double[][] x = [[1, 10], [2, 20], [3, 20], [4, 10]];
        int[] y = [0, 1, 1, 0];
        SameSplit(Check.Given(x, y).Hint(3), (1, 15.0, 0.5), DecisionTreeSplit.BestSplit(x, y));
    }

    [Fact]
    public void BestSplit_without_two_distinct_values_finds_nothing()
    {
        double[][] x = [[5, -3], [5, -3], [5, -3]];
        int[] y = [0, 1, 0];
        SameSplit(Check.Given(x, y).Hint(3), (-1, double.NaN, 0.0), DecisionTreeSplit.BestSplit(x, y));
    }

    [Fact]
    public void BestSplit_of_one_sample_finds_nothing()
    {
        double[][] x = [[1.5, 2.5]];
        int[] y = [1];
        SameSplit(Check.Given(x, y).Hint(3), (-1, double.NaN, 0.0), DecisionTreeSplit.BestSplit(x, y));
    }

    [Fact]
    public void Empty_labels_are_rejected()
    {
        int[] labels = [];
        var given = Check.Given(labels);
        given.Throws<ArgumentException>(() => DecisionTreeSplit.Gini(labels), "labels");
        given.Throws<ArgumentException>(() => DecisionTreeSplit.Entropy(labels), "labels");
    }

    [Fact]
    public void Empty_samples_are_rejected()
    {
        double[][] x = [];
        int[] y = [];
        Check.Given(x, y).Throws<ArgumentException>(() => DecisionTreeSplit.BestSplit(x, y), "x");
    }

    [Fact]
    public void Mismatched_lengths_are_rejected_naming_y()
    {
        double[][] x = [[1], [2], [3]];
        int[] y = [0, 1];
        Check.Given(x, y).Throws<ArgumentException>(() => DecisionTreeSplit.BestSplit(x, y), "y");
    }

    [Fact]
    public void Ragged_rows_are_rejected()
    {
        double[][] x = [[1, 2], [3], [4, 5]];
        int[] y = [0, 1, 0];
        Check.Given(x, y).Throws<ArgumentException>(() => DecisionTreeSplit.BestSplit(x, y), "x");
    }

    [Fact]
    public void NaN_features_are_rejected()
    {
        double[][] x = [[1], [double.NaN], [3]];
        int[] y = [0, 1, 0];
        Check.Given(x, y).Throws<ArgumentException>(() => DecisionTreeSplit.BestSplit(x, y), "x");
    }

    [Fact]
    public void Null_inputs_are_rejected()
    {
        int[] labels = null!;
        double[][] x = null!;
        int[] y = [0];
        var given = Check.Given(labels, x, y);
        given.Throws<ArgumentNullException>(() => DecisionTreeSplit.Gini(labels), "labels");
        given.Throws<ArgumentNullException>(() => DecisionTreeSplit.Entropy(labels), "labels");
        given.Throws<ArgumentNullException>(() => DecisionTreeSplit.BestSplit(x, y), "x");
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        double[][] x = [[3, 0.5], [1, 0.25], [2, 0.75], [1, 0.5]];
        int[] y = [1, 0, 1, 0];
        var given = Check.Given(x, y);
        given.Unchanged(() => DecisionTreeSplit.BestSplit(x, y));
        given.Unchanged(() => DecisionTreeSplit.Gini(y));
        given.Unchanged(() => DecisionTreeSplit.Entropy(y));
    }
}
