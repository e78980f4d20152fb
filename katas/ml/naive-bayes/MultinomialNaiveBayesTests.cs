using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class MultinomialNaiveBayesTests
{
    // The README's spam example; features "free", "meeting", "money", label 1 = spam.
    // Class 0 (rows 2, 3, 4): totals [0, 6, 1], N = 7; with alpha = 1 and d = 3,
    //   P(j | 0) = [(0+1)/10, (6+1)/10, (1+1)/10] = [1/10, 7/10, 2/10], prior 3/5.
    // Class 1 (rows 0, 1): totals [3, 0, 3], N = 6,
    //   P(j | 1) = [4/9, 1/9, 4/9], prior 2/5.
    private static int[][] Counts => [[2, 0, 1], [1, 0, 2], [0, 3, 0], [0, 1, 1], [0, 2, 0]];
    private static int[] Labels => [1, 1, 0, 0, 0];

    private static MultinomialNaiveBayes Fitted(double alpha = 1.0)
    {
        var model = new MultinomialNaiveBayes(alpha);
        model.Fit(Counts, Labels);
        return model;
    }

    [Fact]
    public void Log_posteriors_match_the_worked_example()
    {
        // [1, 1, 0]: class 0 3/5 * 1/10 * 7/10 = 21/500 = 1701/40500,
        //            class 1 2/5 * 4/9 * 1/9 = 8/405 = 800/40500,
        // so the posteriors are 1701/2501 and 800/2501.
        int[][] counts = Counts, test = [[1, 1, 0]];
        int[] y = Labels;
        var model = new MultinomialNaiveBayes();
        model.Fit(counts, y);
        Check.Given(counts, y, test).Hint(2).Near([[Math.Log(1701.0 / 2501), Math.Log(800.0 / 2501)]], model.PredictLogProbability(test));
    }

    [Fact]
    public void Several_rows_are_scored_independently()
    {
        // [0, 0, 2]: 3/5 * (2/10)^2 = 3/125 = 243/10125 against 2/5 * (4/9)^2 = 32/405 = 800/10125.
        // [1, 1, 0]: as in the worked example.
        int[][] test = [[0, 0, 2], [1, 1, 0]];
        var model = Fitted();
        Check.Given(Counts, Labels, test).Hint(2).Near(
            [[Math.Log(243.0 / 1043), Math.Log(800.0 / 1043)], [Math.Log(1701.0 / 2501), Math.Log(800.0 / 2501)]],
            model.PredictLogProbability(test));
    }

    [Fact]
    public void Predict_returns_the_most_probable_label()
    {
        // Posteriors from the two tests above: [0, 0, 2] -> class 1 (800 > 243), [1, 1, 0] -> class 0.
        int[][] test = [[0, 0, 2], [1, 1, 0], [0, 5, 0], [4, 0, 0]];
        var model = Fitted();
        // [0, 5, 0]: 3/5 * (7/10)^5 against 2/5 * (1/9)^5 -> 0. [4, 0, 0]: 3/5 * 10^-4 against 2/5 * (4/9)^4 -> 1.
        Check.Given(Counts, Labels, test).Hint(3).Equal([1, 0, 0, 1], model.Predict(test));
    }

    [Fact]
    public void Lidstone_smoothing_adds_alpha_per_feature()
    {
        // alpha = 0.5: class 0 [0.5, 6.5, 1.5] / (7 + 1.5) = [1/17, 13/17, 3/17],
        //              class 1 [3.5, 0.5, 3.5] / (6 + 1.5) = [7/15, 1/15, 7/15].
        // [1, 1, 0]: 3/5 * 1/17 * 13/17 = 39/1445 = 8775/325125 against
        //            2/5 * 7/15 * 1/15 = 14/1125 = 4046/325125.
        int[][] test = [[1, 1, 0]];
        var model = Fitted(alpha: 0.5);
        Check.Given(Counts, Labels, test).Hint(2).Near([[Math.Log(8775.0 / 12821), Math.Log(4046.0 / 12821)]], model.PredictLogProbability(test));
    }

    [Fact]
    public void An_empty_row_gets_the_class_priors()
    {
        // No counts: only ln prior remains, and the priors 3/5 and 2/5 already sum to 1.
        int[][] test = [[0, 0, 0]];
        var model = Fitted();
        Check.Given(Counts, Labels, test).Hint(2).Near([[Math.Log(3.0 / 5), Math.Log(2.0 / 5)]], model.PredictLogProbability(test));
    }

    [Fact]
    public void Each_row_of_probabilities_sums_to_one()
    {
        int[][] test = [[3, 1, 4], [1, 5, 9], [2, 6, 5]];
        var model = Fitted();
        var logProbabilities = model.PredictLogProbability(test);
        var given = Check.Given(Counts, Labels, test).Hint(3);
        foreach (double[] row in logProbabilities)
            given.Near(1.0, row.Sum(Math.Exp));
    }

    [Fact]
    public void Classes_are_the_sorted_distinct_labels()
    {
        // Labels 9 and -4 appear in the order 9, -4; the columns are ordered -4, 9, and Predict
        // returns the labels themselves. Class -4 (rows 1, 2): totals [0, 3], P = [1/5, 4/5], prior 2/3;
        // class 9 (row 0): totals [2, 0], P = [3/4, 1/4], prior 1/3.
        // [1, 0]: 2/3 * 1/5 = 2/15 = 8/60 against 1/3 * 3/4 = 1/4 = 15/60 -> posteriors 8/23, 15/23.
        int[][] counts = [[2, 0], [0, 1], [0, 2]], test = [[1, 0], [0, 1]];
        int[] y = [9, -4, -4];
        var model = new MultinomialNaiveBayes();
        model.Fit(counts, y);
        var given = Check.Given(counts, y, test).Hint(3);
        given.Near([Math.Log(8.0 / 23), Math.Log(15.0 / 23)], model.PredictLogProbability(test)[0]);
        // [0, 1]: 2/3 * 4/5 against 1/3 * 1/4 -> class -4.
        given.Equal([9, -4], model.Predict(test));
    }

    [Fact]
    public void A_tie_goes_to_the_smallest_label()
    {
        // Equal priors (one document each) and an empty row: both scores are exactly ln(1/2).
        int[][] counts = [[1, 0], [0, 1]], test = [[0, 0]];
        int[] y = [7, 3];
        var model = new MultinomialNaiveBayes();
        model.Fit(counts, y);
        var given = Check.Given(counts, y, test).Hint(3);
        given.Equal([3], model.Predict(test));
        given.Near([[Math.Log(0.5), Math.Log(0.5)]], model.PredictLogProbability(test));
    }

    [Fact]
    public void A_single_class_is_certain()
    {
        int[][] counts = [[1, 2], [3, 0]], test = [[5, 5]];
        int[] y = [4, 4];
        var model = new MultinomialNaiveBayes();
        model.Fit(counts, y);
        var given = Check.Given(counts, y, test).Hint(3);
        given.Near([[0.0]], model.PredictLogProbability(test));
        given.Equal([4], model.Predict(test));
    }

    [Fact]
    public void Long_documents_stay_finite()
    {
        // [3000, 0, 0]: score_0 = ln(3/5) + 3000 ln(1/10) ~ -6908, score_1 = ln(2/5) + 3000 ln(4/9) ~ -2434.
        // e^score underflows to 0 for both, so normalising probabilities gives 0/0. In log space:
        // ln P(0 | row) = score_0 - score_1 - ln(1 + e^(score_0 - score_1)) = ln(3/2) - 3000 ln(40/9) = -4474.559...,
        // ln P(1 | row) = -ln(1 + e^-4474.6) = 0 in double.
        int[][] test = [[3000, 0, 0]];
        var model = Fitted();
        var given = Check.Given(Counts, Labels, test).Hint(3);
        given.Near([[Math.Log(1.5) - 3000 * Math.Log(40.0 / 9), 0.0]], model.PredictLogProbability(test));
        given.Equal([1], model.Predict(test));
    }

    [Fact]
    public void Fit_again_replaces_the_model()
    {
        // After refitting on one document per class, the priors are 1/2 each: an empty row gives ln(1/2) twice.
        int[][] counts = [[1, 0, 0], [0, 0, 1]], test = [[0, 0, 0]];
        int[] y = [0, 1];
        var model = Fitted();
        model.Fit(counts, y);
        Check.Given(counts, y, test).Hint(1).Near([[Math.Log(0.5), Math.Log(0.5)]], model.PredictLogProbability(test));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Alpha_must_be_positive_and_finite(double alpha)
    {
        Check.Given(alpha).Throws<ArgumentOutOfRangeException>(() => new MultinomialNaiveBayes(alpha), "alpha");
    }

    [Fact]
    public void Predicting_before_Fit_is_rejected()
    {
        int[][] test = [[1, 0, 0]];
        var model = new MultinomialNaiveBayes();
        var given = Check.Given(test);
        given.Throws<InvalidOperationException>(() => model.Predict(test));
        given.Throws<InvalidOperationException>(() => model.PredictLogProbability(test));
    }

    [Fact]
    public void Empty_counts_are_rejected()
    {
        int[][] counts = [];
        int[] y = [];
        var model = new MultinomialNaiveBayes();
        var given = Check.Given(counts, y);
        given.Throws<ArgumentException>(() => model.Fit(counts, y), "counts");
        var fitted = Fitted();
        given.Throws<ArgumentException>(() => fitted.Predict(counts), "counts");
    }

    [Fact]
    public void Mismatched_lengths_are_rejected_naming_y()
    {
        int[][] counts = [[1, 0], [0, 1], [1, 1]];
        int[] y = [0, 1];
        var model = new MultinomialNaiveBayes();
        Check.Given(counts, y).Throws<ArgumentException>(() => model.Fit(counts, y), "y");
    }

    public static TheoryData<int[][]> BadCounts => new()
    {
        new[] { new[] { 1, 0 }, new[] { 0 }, new[] { 1, 1 } },       // ragged rows
        new[] { new[] { 1, 0 }, new[] { 0, -2 }, new[] { 1, 1 } },   // a negative count
        new[] { new int[0], new int[0], new int[0] },                  // no features
    };

    [Theory]
    [MemberData(nameof(BadCounts))]
    public void Malformed_counts_are_rejected_in_Fit(int[][] counts)
    {
        int[] y = [0, 1, 0];
        var model = new MultinomialNaiveBayes();
        Check.Given(counts, y).Throws<ArgumentException>(() => model.Fit(counts, y), "counts");
    }

    [Fact]
    public void Malformed_rows_are_rejected_when_predicting()
    {
        int[][] wrongWidth = [[1, 0]], negative = [[1, -1, 0]];
        var model = Fitted();
        var given = Check.Given(wrongWidth, negative);
        given.Throws<ArgumentException>(() => model.PredictLogProbability(wrongWidth), "counts");
        given.Throws<ArgumentException>(() => model.Predict(negative), "counts");
    }

    [Fact]
    public void Null_inputs_are_rejected()
    {
        int[][] counts = null!;
        int[] y = null!;
        var model = new MultinomialNaiveBayes();
        var given = Check.Given(counts, y);
        given.Throws<ArgumentNullException>(() => model.Fit(counts, [0]), "counts");
        given.Throws<ArgumentNullException>(() => model.Fit([[1]], y), "y");
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        int[][] counts = Counts, test = [[1, 1, 0], [3000, 0, 0]];
        int[] y = Labels;
        var model = new MultinomialNaiveBayes();
        var given = Check.Given(counts, y, test);
        given.Unchanged(() => model.Fit(counts, y));
        given.Unchanged(() => model.PredictLogProbability(test));
        given.Unchanged(() => model.Predict(test));
    }
}
