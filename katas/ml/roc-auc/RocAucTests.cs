using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class RocAucTests
{
    [Fact]
    public void Matches_the_scikit_learn_example()
    {
        // scikit-learn's roc_auc_score example gives 0.75. By pairs: positive 0.35 beats
        // negative 0.1 but not 0.4; positive 0.8 beats both: 3 of 4 pairs.
        int[] yTrue = [0, 0, 1, 1];
        double[] scores = [0.1, 0.4, 0.35, 0.8];
        Check.Given(yTrue, scores).Hint(1).Near(0.75, RocAuc.Score(yTrue, scores));
    }

    [Fact]
    public void A_tie_between_a_positive_and_a_negative_counts_one_half()
    {
        // Positive 0.5 ties negative 0.5 (1/2) and beats 0.2 (1); positive 0.9 beats both (2).
        // (1/2 + 1 + 2) / (2 * 2) = 3.5 / 4. Counting the tie as a win would give 1.0.
        int[] yTrue = [0, 1, 0, 1];
        double[] scores = [0.5, 0.5, 0.2, 0.9];
        Check.Given(yTrue, scores).Hint(2).Near(0.875, RocAuc.Score(yTrue, scores));
    }

    [Fact]
    public void Several_runs_of_tied_scores()
    {
        // negatives: 0.4, 0.9, 0.1     positives: 0.1, 0.9, 0.4, 0.7
        // positive 0.9: ties 0.9 (1/2), beats 0.4 and 0.1      -> 2.5
        // positive 0.7: beats 0.4 and 0.1                       -> 2
        // positive 0.4: ties 0.4 (1/2), beats 0.1               -> 1.5
        // positive 0.1: ties 0.1 (1/2)                          -> 0.5
        // (2.5 + 2 + 1.5 + 0.5) / (4 * 3) = 6.5 / 12 = 13/24
        int[] yTrue = [0, 1, 1, 0, 1, 0, 1];
        double[] scores = [0.4, 0.1, 0.9, 0.9, 0.4, 0.1, 0.7];
        Check.Given(yTrue, scores).Hint(3).Near(13.0 / 24, RocAuc.Score(yTrue, scores));
    }

    [Fact]
    public void Constant_scores_give_one_half()
    {
        // Every pair is a tie: 6 pairs * 1/2 / 6 = 0.5 (scikit-learn agrees).
        int[] yTrue = [1, 0, 1, 0, 0];
        double[] scores = [0.3, 0.3, 0.3, 0.3, 0.3];
        Check.Given(yTrue, scores).Hint(2).Near(0.5, RocAuc.Score(yTrue, scores));
    }

    [Fact]
    public void Perfect_and_reversed_rankings()
    {
        int[] yTrue = [1, 0, 1, 0];
        double[] perfect = [0.9, 0.2, 0.8, 0.1], reversed = [0.1, 0.8, 0.2, 0.9];
        Check.Given(yTrue, perfect).Hint(1).Near(1.0, RocAuc.Score(yTrue, perfect));
        Check.Given(yTrue, reversed).Hint(1).Near(0.0, RocAuc.Score(yTrue, reversed));
    }

    [Fact]
    public void Only_the_order_of_the_scores_matters()
    {
        // Same ranking as the scikit-learn example (neg < pos < neg < pos), as raw logits
        // of any sign and size: still 3 of 4 pairs.
        int[] yTrue = [0, 0, 1, 1];
        double[] scores = [-1e300, 7.5, -2.0, 1e300];
        Check.Given(yTrue, scores).Hint(1).Near(0.75, RocAuc.Score(yTrue, scores));
    }

    [Fact]
    public void Runs_in_n_log_n()
    {
        // n = 40,000: 20,000 positives and 20,000 negatives, sample i has label i % 2 and score i,
        // shuffled. The positive with score 2j + 1 beats the j + 1 negatives 0, 2, ..., 2j, so
        // wins = sum_{j<m} (j + 1) = m(m + 1)/2 and AUC = (m + 1) / (2m) with m = 20,000.
        // Comparing all 4e8 pairs takes seconds; sorting 40,000 scores takes milliseconds.
        const int m = 20_000;
        var yTrue = new int[2 * m];
        var scores = new double[2 * m];
        for (int i = 0; i < 2 * m; i++) { yTrue[i] = i % 2; scores[i] = i; }
        var rng = new Random(2024);
        for (int i = 2 * m - 1; i > 0; i--)
        {
            int j = rng.Next(i + 1);
            (yTrue[i], yTrue[j]) = (yTrue[j], yTrue[i]);
            (scores[i], scores[j]) = (scores[j], scores[i]);
        }
        double actual = double.NaN;
        var given = Check.Given(yTrue, scores).Hint(1);
        given.Within(TimeSpan.FromSeconds(1), "O(n log n)", () => actual = RocAuc.Score(yTrue, scores));
        given.Near((m + 1) / (2.0 * m), actual);
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1 })]
    [InlineData(new[] { 0, 0 })]
    public void A_single_class_is_rejected(int[] yTrue)
    {
        double[] scores = yTrue.Select((_, i) => 0.1 * i).ToArray();
        Check.Given(yTrue, scores).Hint(3).Throws<ArgumentException>(() => RocAuc.Score(yTrue, scores), "yTrue");
    }

    [Fact]
    public void A_NaN_score_is_rejected()
    {
        int[] yTrue = [0, 1, 0, 1];
        double[] scores = [0.2, double.NaN, 0.4, 0.9];
        Check.Given(yTrue, scores).Hint(3).Throws<ArgumentException>(() => RocAuc.Score(yTrue, scores), "scores");
    }

    [Fact]
    public void Labels_other_than_0_and_1_are_rejected()
    {
        int[] yTrue = [0, 2, 1];
        double[] scores = [0.1, 0.5, 0.9];
        Check.Given(yTrue, scores).Throws<ArgumentException>(() => RocAuc.Score(yTrue, scores), "yTrue");
    }

    [Fact]
    public void Empty_input_is_rejected()
    {
        int[] yTrue = [];
        double[] scores = [];
        Check.Given(yTrue, scores).Throws<ArgumentException>(() => RocAuc.Score(yTrue, scores), "yTrue");
    }

    [Fact]
    public void Mismatched_lengths_are_rejected_naming_scores()
    {
        int[] yTrue = [0, 1, 1];
        double[] scores = [0.2, 0.7];
        Check.Given(yTrue, scores).Throws<ArgumentException>(() => RocAuc.Score(yTrue, scores), "scores");
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        int[] yTrue = [0, 1, 1, 0, 1, 0, 1];
        double[] scores = [0.4, 0.1, 0.9, 0.9, 0.4, 0.1, 0.7];
        Check.Given(yTrue, scores).Hint(2).Unchanged(() => RocAuc.Score(yTrue, scores));
    }
}
