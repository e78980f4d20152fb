using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class LogLossTests
{
    // scikit-learn's log_loss example: labels ["spam", "ham", "ham", "spam"] with classes in
    // alphabetical order (ham = 0, spam = 1) and rows [[.1, .9], [.9, .1], [.8, .2], [.35, .65]]
    // give 0.21616...: the true-class probabilities are .9, .9, .8, .65, so
    // (−ln .9 − ln .9 − ln .8 − ln .65) / 4 = (0.1053605 + 0.1053605 + 0.2231436 + 0.4307829) / 4.
    private const double SkExample = 0.21616187468057912;

    // −ln(1e-15) = 15 ln 10
    private const double LossAtZero = 34.538776394910684;

    [Fact]
    public void Categorical_matches_the_scikit_learn_example()
    {
        int[] yTrue = [1, 0, 0, 1];
        double[][] probabilities = [[.1, .9], [.9, .1], [.8, .2], [.35, .65]];
        Check.Given(yTrue, probabilities).Hint(1).Near(SkExample, LogLoss.Categorical(yTrue, probabilities));
    }

    [Fact]
    public void Binary_matches_the_scikit_learn_example()
    {
        // The same forecasts, given as the probability of class 1 (spam) only.
        int[] yTrue = [1, 0, 0, 1];
        double[] probabilityOfOne = [.9, .1, .2, .65];
        Check.Given(yTrue, probabilityOfOne).Hint(1).Near(SkExample, LogLoss.Binary(yTrue, probabilityOfOne));
    }

    [Fact]
    public void Binary_uses_the_natural_log_and_one_minus_p_for_label_zero()
    {
        // label 1, p = 0.5: ln 2 = 0.6931472;  label 0, p = 0.25: −ln 0.75 = 0.2876821
        int[] ones = [1], zeros = [0];
        double[] half = [0.5], quarter = [0.25];
        Check.Given(ones, half).Hint(1).Near(Math.Log(2), LogLoss.Binary(ones, half));
        Check.Given(zeros, quarter).Hint(1).Near(0.2876820724517809, LogLoss.Binary(zeros, quarter));
    }

    [Fact]
    public void Categorical_with_three_classes()
    {
        // true-class probabilities .5, .7, .1: (0.6931472 + 0.3566749 + 2.3025851) / 3
        int[] yTrue = [2, 0, 1];
        double[][] probabilities = [[0.2, 0.3, 0.5], [0.7, 0.2, 0.1], [0.1, 0.1, 0.8]];
        Check.Given(yTrue, probabilities).Hint(1).Near(1.1174690724975744, LogLoss.Categorical(yTrue, probabilities));
    }

    [Fact]
    public void Binary_clips_a_zero_probability_for_a_positive()
    {
        // p = 0 is clipped to 1e-15: −ln(1e-15) = 34.5387764, not +Infinity.
        int[] yTrue = [1];
        double[] probabilityOfOne = [0.0];
        Check.Given(yTrue, probabilityOfOne).Hint(2).Near(LossAtZero, LogLoss.Binary(yTrue, probabilityOfOne));
    }

    [Fact]
    public void Binary_clips_the_probability_of_one_itself()
    {
        // Label 0 with p = 1: p is clipped to 1 − 1e-15, which in double is 1 − 9.992007221626409e-16,
        // so the cost is −ln(9.992007221626409e-16) = 34.5395760 (scikit-learn clips p, then takes 1 − p).
        int[] yTrue = [0];
        double[] probabilityOfOne = [1.0];
        Check.Given(yTrue, probabilityOfOne).Hint(3).Near(34.53957599234088, LogLoss.Binary(yTrue, probabilityOfOne));
    }

    [Fact]
    public void Confident_correct_predictions_cost_almost_nothing_and_are_never_NaN()
    {
        // −ln(1 − 1e-15) ≈ 1e-15: the textbook formula would compute 0 · ln 0 = NaN here.
        int[] yTrue = [1, 0];
        double[] probabilityOfOne = [1.0, 0.0];
        Check.Given(yTrue, probabilityOfOne).Hint(2).Near(0.0, LogLoss.Binary(yTrue, probabilityOfOne));
        int[] labels = [0, 1];
        double[][] probabilities = [[1.0, 0.0], [0.0, 1.0]];
        Check.Given(labels, probabilities).Hint(2).Near(0.0, LogLoss.Categorical(labels, probabilities));
    }

    [Fact]
    public void Categorical_clips_a_zero_probability_for_the_true_class()
    {
        // row[1] = 0 is clipped to 1e-15: −ln(1e-15) = 34.5387764; (34.5387764 + 0) / 2 with the
        // second sample certain and right.
        int[] yTrue = [1, 0];
        double[][] probabilities = [[1.0, 0.0], [1.0, 0.0]];
        Check.Given(yTrue, probabilities).Hint(2).Near(LossAtZero / 2, LogLoss.Categorical(yTrue, probabilities));
    }

    [Fact]
    public void Categorical_rows_are_not_renormalised()
    {
        // Rows summing to 0.4 and 0.75 are used as given: (−ln .2 − ln .25) / 2 = 1.4978661.
        // Renormalising them first would give (−ln .5 − ln 1/3) / 2 = 0.8958797.
        int[] yTrue = [0, 1];
        double[][] probabilities = [[0.2, 0.2], [0.5, 0.25]];
        Check.Given(yTrue, probabilities).Hint(3).Near(1.4978661367769954, LogLoss.Categorical(yTrue, probabilities));
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Binary_rejects_a_probability_outside_0_to_1(double bad)
    {
        int[] yTrue = [1, 0];
        double[] probabilityOfOne = [0.5, bad];
        Check.Given(yTrue, probabilityOfOne).Hint(3).Throws<ArgumentException>(() => LogLoss.Binary(yTrue, probabilityOfOne), "probabilityOfOne");
    }

    [Theory]
    [InlineData(1.2, 0)]
    [InlineData(-0.5, 1)]
    [InlineData(double.NaN, 0)]
    public void Categorical_rejects_a_probability_outside_0_to_1(double bad, int label)
    {
        int[] yTrue = [0, label];
        double[][] probabilities = [[0.6, 0.4], [bad, 0.5]];
        Check.Given(yTrue, probabilities).Hint(3).Throws<ArgumentException>(() => LogLoss.Categorical(yTrue, probabilities), "probabilities");
    }

    [Fact]
    public void Binary_rejects_labels_other_than_0_and_1()
    {
        int[] yTrue = [1, 2];
        double[] probabilityOfOne = [0.5, 0.5];
        Check.Given(yTrue, probabilityOfOne).Throws<ArgumentException>(() => LogLoss.Binary(yTrue, probabilityOfOne), "yTrue");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(-1)]
    public void Categorical_rejects_a_label_outside_the_row(int label)
    {
        int[] yTrue = [0, label];
        double[][] probabilities = [[0.6, 0.4], [0.5, 0.5]];
        Check.Given(yTrue, probabilities).Throws<ArgumentException>(() => LogLoss.Categorical(yTrue, probabilities), "yTrue");
    }

    [Fact]
    public void Empty_input_is_rejected()
    {
        int[] yTrue = [];
        double[] probabilityOfOne = [];
        double[][] probabilities = [];
        Check.Given(yTrue, probabilityOfOne).Throws<ArgumentException>(() => LogLoss.Binary(yTrue, probabilityOfOne), "yTrue");
        Check.Given(yTrue, probabilities).Throws<ArgumentException>(() => LogLoss.Categorical(yTrue, probabilities), "yTrue");
    }

    [Fact]
    public void Mismatched_lengths_are_rejected_naming_the_second_argument()
    {
        int[] yTrue = [1, 0, 1];
        double[] probabilityOfOne = [0.5, 0.5];
        double[][] probabilities = [[0.5, 0.5]];
        Check.Given(yTrue, probabilityOfOne).Throws<ArgumentException>(() => LogLoss.Binary(yTrue, probabilityOfOne), "probabilityOfOne");
        Check.Given(yTrue, probabilities).Throws<ArgumentException>(() => LogLoss.Categorical(yTrue, probabilities), "probabilities");
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        int[] yTrue = [1, 0, 0, 1];
        double[] probabilityOfOne = [1.0, 0.1, 0.0, 0.65];
        double[][] probabilities = [[0.2, 0.2], [0.9, 0.1], [1.0, 0.0], [0.35, 0.65]];
        Check.Given(yTrue, probabilityOfOne).Unchanged(() => LogLoss.Binary(yTrue, probabilityOfOne));
        Check.Given(yTrue, probabilities).Unchanged(() => LogLoss.Categorical(yTrue, probabilities));
    }
}
