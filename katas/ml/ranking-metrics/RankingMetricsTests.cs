using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class RankingMetricsTests
{
    // scikit-learn's dcg_score / ndcg_score example: true relevance [10, 0, 0, 1, 5] ranked by the
    // scores [.1, .2, .3, 4, 70], i.e. in ranked order [5, 1, 0, 0, 10].
    //   DCG  = 5/log2(2) + 1/log2(3) + 0 + 0 + 10/log2(6) = 5 + 0.6309298 + 3.8685281 = 9.4994578 (sklearn: 9.49...)
    //   DCG@2 = 5 + 0.6309298 = 5.6309298 (sklearn: 5.63...)
    //   IDCG = [10, 5, 1, 0, 0]: 10 + 5/log2(3) + 1/log2(4) = 10 + 3.1546488 + 0.5 = 13.6546488
    //   NDCG = 9.4994578 / 13.6546488 = 0.6956940 (sklearn: 0.69...)
    private static double[] Ranked => [5, 1, 0, 0, 10];
    private const double FullDcg = 9.499457825916874;
    private const double IdealDcg = 13.654648767857287;

    // sklearn's second example: scores [.05, 1.1, 1., .5, .0] rank the same items [0, 0, 1, 10, 5].
    //   DCG = 1/log2(4) + 10/log2(5) + 5/log2(6) = 0.5 + 4.3067656 + 1.9342640 = 6.7410296
    //   NDCG = 6.7410296 / 13.6546488 = 0.4936802 (sklearn: 0.49...)
    //   DCG@4 = 4.8067656, IDCG@4 = 13.6546488 (the 5th ideal item is 0): 0.3520241 (sklearn: 0.35...)
    private static double[] Reranked => [0, 0, 1, 10, 5];

    [Theory]
    [InlineData(5, FullDcg)]
    [InlineData(2, 5.630929753571458)]
    public void DcgAtK_matches_scikit_learn(int k, double expected)
    {
        double[] relevance = Ranked;
        Check.Given(relevance, k).Hint(2).Near(expected, RankingMetrics.DcgAtK(relevance, k));
    }

    [Fact]
    public void DcgAtK_discounts_position_i_by_log2_of_i_plus_2_with_linear_gain()
    {
        // 3/log2(2) + 3/log2(3) + 3/log2(4) = 3 + 1.8927893 + 1.5 = 6.3927893
        // (exponential gain would use 2^3 − 1 = 7 instead of 3; a discount of log2(i + 1)
        // would leave the second item undiscounted)
        double[] relevance = [3, 3, 3];
        int k = 3;
        Check.Given(relevance, k).Hint(2).Near(4.5 + 3 / Math.Log2(3), RankingMetrics.DcgAtK(relevance, k));
    }

    [Fact]
    public void K_beyond_the_list_uses_the_whole_list()
    {
        double[] relevance = Ranked;
        int k = 50;
        var given = Check.Given(relevance, k).Hint(1);
        given.Near(FullDcg, RankingMetrics.DcgAtK(relevance, k));
        given.Near(FullDcg / IdealDcg, RankingMetrics.NdcgAtK(relevance, k));
    }

    [Fact]
    public void NdcgAtK_matches_scikit_learn()
    {
        double[] first = Ranked, second = Reranked;
        int k = 5, k4 = 4;
        Check.Given(first, k).Hint(2).Near(FullDcg / IdealDcg, RankingMetrics.NdcgAtK(first, k));
        Check.Given(second, k).Hint(2).Near(6.741029616906639 / IdealDcg, RankingMetrics.NdcgAtK(second, k));
        Check.Given(second, k4).Hint(2).Near(0.3520241100634489, RankingMetrics.NdcgAtK(second, k4));
    }

    [Fact]
    public void NdcgAtK_of_the_ideal_ranking_is_one()
    {
        // scikit-learn: ndcg_score(true_relevance, true_relevance, k=4) = 1.0
        double[] relevance = [10, 5, 1, 0, 0];
        int k = 4;
        Check.Given(relevance, k).Hint(2).Near(1.0, RankingMetrics.NdcgAtK(relevance, k));
    }

    [Fact]
    public void NdcgAtK_cuts_the_ideal_ranking_at_k_too()
    {
        // [1, 3, 2] at k = 1: DCG@1 = 1, IDCG@1 = 3 (the best item alone), NDCG = 1/3.
        // An ideal DCG over the whole list, 3 + 2/log2(3) + 1/2 = 4.7618595, would give 0.2100020.
        double[] relevance = [1, 3, 2];
        int k = 1;
        Check.Given(relevance, k).Hint(2).Near(1.0 / 3, RankingMetrics.NdcgAtK(relevance, k));
    }

    [Fact]
    public void NdcgAtK_is_zero_when_nothing_is_relevant()
    {
        // IDCG = 0: NDCG is 0, not 0/0 = NaN.
        double[] relevance = [0, 0, 0];
        int k = 2;
        Check.Given(relevance, k).Hint(2).Near(0.0, RankingMetrics.NdcgAtK(relevance, k));
    }

    [Theory]
    [InlineData(1, 1.0)]          // [T]: 1/1
    [InlineData(3, 2.0 / 3)]      // [T, F, T]: 2/3
    [InlineData(5, 3.0 / 5)]      // the whole list: 3/5
    [InlineData(10, 3.0 / 5)]     // k beyond the list divides by min(k, 5) = 5, not by 10
    public void PrecisionAtK_divides_by_the_number_of_positions_looked_at(int k, double expected)
    {
        bool[] relevant = [true, false, true, true, false];
        Check.Given(relevant, k).Hint(3).Near(expected, RankingMetrics.PrecisionAtK(relevant, k));
    }

    [Theory]
    [InlineData(new[] { true, false, true }, 1.0)]
    [InlineData(new[] { false, false, true, false, true }, 1.0 / 3)]
    [InlineData(new[] { false, false, false }, 0.0)]
    public void ReciprocalRank_is_one_over_the_first_relevant_position(bool[] relevant, double expected)
    {
        Check.Given(relevant).Hint(3).Near(expected, RankingMetrics.ReciprocalRank(relevant));
    }

    [Fact]
    public void AveragePrecision_matches_scikit_learn()
    {
        // scikit-learn's average_precision_score example: y_true [0, 0, 1, 1] with scores
        // [0.1, 0.4, 0.35, 0.8] gives 0.83...; in ranked order that is [T, F, T, F]:
        // (precision@1 + precision@3) / 2 = (1 + 2/3) / 2 = 5/6.
        bool[] relevant = [true, false, true, false];
        Check.Given(relevant).Hint(3).Near(5.0 / 6, RankingMetrics.AveragePrecision(relevant));
    }

    [Fact]
    public void AveragePrecision_averages_over_the_relevant_positions_only()
    {
        // relevant at positions 1, 3, 4: (1/1 + 2/3 + 3/4) / 3 = (12 + 8 + 9) / 36 = 29/36
        bool[] relevant = [true, false, true, true, false];
        Check.Given(relevant).Hint(3).Near(29.0 / 36, RankingMetrics.AveragePrecision(relevant));
    }

    [Fact]
    public void AveragePrecision_is_zero_when_nothing_is_relevant()
    {
        bool[] relevant = [false, false];
        Check.Given(relevant).Hint(3).Near(0.0, RankingMetrics.AveragePrecision(relevant));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void K_below_one_is_rejected(int k)
    {
        double[] relevance = [3, 2, 1];
        bool[] relevant = [true, false];
        Check.Given(relevance, k).Throws<ArgumentOutOfRangeException>(() => RankingMetrics.DcgAtK(relevance, k), "k");
        Check.Given(relevance, k).Throws<ArgumentOutOfRangeException>(() => RankingMetrics.NdcgAtK(relevance, k), "k");
        Check.Given(relevant, k).Throws<ArgumentOutOfRangeException>(() => RankingMetrics.PrecisionAtK(relevant, k), "k");
    }

    [Fact]
    public void An_empty_list_is_rejected_before_k()
    {
        double[] relevance = [];
        bool[] relevant = [];
        var graded = Check.Given(relevance);
        graded.Throws<ArgumentException>(() => RankingMetrics.DcgAtK(relevance, 3), "relevance");
        graded.Throws<ArgumentException>(() => RankingMetrics.NdcgAtK(relevance, 3), "relevance");
        graded.Throws<ArgumentException>(() => RankingMetrics.DcgAtK(relevance, 0), "relevance");
        var binary = Check.Given(relevant);
        binary.Throws<ArgumentException>(() => RankingMetrics.PrecisionAtK(relevant, 3), "relevant");
        binary.Throws<ArgumentException>(() => RankingMetrics.PrecisionAtK(relevant, 0), "relevant");
        binary.Throws<ArgumentException>(() => RankingMetrics.ReciprocalRank(relevant), "relevant");
        binary.Throws<ArgumentException>(() => RankingMetrics.AveragePrecision(relevant), "relevant");
    }

    [Fact]
    public void A_negative_relevance_is_rejected()
    {
        double[] relevance = [3, -1, 2];
        var given = Check.Given(relevance);
        given.Throws<ArgumentException>(() => RankingMetrics.DcgAtK(relevance, 3), "relevance");
        given.Throws<ArgumentException>(() => RankingMetrics.NdcgAtK(relevance, 3), "relevance");
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        double[] relevance = Reranked;
        bool[] relevant = [false, true, false, true];
        var graded = Check.Given(relevance).Hint(3);
        graded.Unchanged(() => RankingMetrics.NdcgAtK(relevance, 4));
        graded.Unchanged(() => RankingMetrics.DcgAtK(relevance, 4));
        var binary = Check.Given(relevant);
        binary.Unchanged(() => RankingMetrics.PrecisionAtK(relevant, 2));
        binary.Unchanged(() => RankingMetrics.ReciprocalRank(relevant));
        binary.Unchanged(() => RankingMetrics.AveragePrecision(relevant));
    }
}
