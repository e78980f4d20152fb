using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class AttentionTests
{
    [Fact]
    public void Each_query_averages_the_values_by_softmax_weights()
    {
        double[][] q = [[1, 0], [0, 1]], k = [[1, 0], [0, 1]], v = [[1, 2], [3, 4]];
        // d = 2. Query 0 scores [1, 0] / sqrt(2) = [a, 0] with a = 0.7071...; its weights are
        // [w, 1 - w] with w = e^a / (e^a + 1) = 1 / (1 + e^-a) = 0.66976...
        // row 0 = w*[1, 2] + (1 - w)*[3, 4] = [3 - 2w, 4 - 2w] = [1.66047..., 2.66047...]
        // Query 1 scores [0, a]: weights [1 - w, w], row 1 = [1 + 2w, 2 + 2w].
        double a = 1 / Math.Sqrt(2);
        double w = 1 / (1 + Math.Exp(-a));
        double[][] expected = [[3 - 2 * w, 4 - 2 * w], [1 + 2 * w, 2 + 2 * w]];
        Check.Given(q, k, v).Hint(1).Near(expected, Attention.ScaledDotProduct(q, k, v));
    }

    [Fact]
    public void Scores_are_divided_by_the_square_root_of_the_key_dimension()
    {
        double[][] q = [[1, 1, 1, 1]], k = [[1, 1, 1, 1], [0, 0, 0, 0]], v = [[1], [0]];
        // d = 4: scores [4, 0] / sqrt(4) = [2, 0], weight of value 1 = e^2 / (e^2 + 1) = 0.880797...
        // (dividing by d gives e / (e + 1) = 0.731; not scaling gives e^4 / (e^4 + 1) = 0.982)
        double e2 = Math.Exp(2);
        double[][] expected = [[e2 / (e2 + 1)]];
        Check.Given(q, k, v).Hint(2).Near(expected, Attention.ScaledDotProduct(q, k, v));
    }

    [Fact]
    public void Weights_are_normalised_over_the_keys_of_each_query()
    {
        // Two queries, three keys, d = 1, values of width 2 (the output is 2 x 2).
        double[][] q = [[1], [2]], k = [[1], [0], [-1]], v = [[1, 0], [0, 1], [0, 0]];
        // Query 0 scores [1, 0, -1]: weights [e, 1, 1/e] / (e + 1 + 1/e); the output is the
        // first two weights. Query 1 scores [2, 0, -2]: weights [e^2, 1, e^-2] / (e^2 + 1 + e^-2).
        double e = Math.E, z0 = e + 1 + 1 / e, z1 = e * e + 1 + 1 / (e * e);
        double[][] expected = [[e / z0, 1 / z0], [e * e / z1, 1 / z1]];
        Check.Given(q, k, v).Hint(1).Near(expected, Attention.ScaledDotProduct(q, k, v));
    }

    [Fact]
    public void Causal_attention_sees_only_the_current_and_earlier_keys()
    {
        // All scores are 0, so each query weights its visible keys equally.
        double[][] q = [[0], [0], [0]], k = [[0], [0], [0]], v = [[3, 0], [0, 3], [6, 6]];
        // query 0 sees key 0: [3, 0]; query 1 sees keys 0-1: ([3, 0] + [0, 3]) / 2 = [1.5, 1.5];
        // query 2 sees all three: [9, 9] / 3 = [3, 3].
        double[][] expected = [[3, 0], [1.5, 1.5], [3, 3]];
        Check.Given(q, k, v).Hint(3).Near(expected, Attention.ScaledDotProduct(q, k, v, causal: true));
    }

    [Fact]
    public void Without_the_mask_every_query_sees_every_key()
    {
        double[][] q = [[0], [0], [0]], k = [[0], [0], [0]], v = [[3, 0], [0, 3], [6, 6]];
        // Equal weights 1/3 everywhere: every row is [9, 9] / 3.
        double[][] expected = [[3, 3], [3, 3], [3, 3]];
        Check.Given(q, k, v).Hint(1).Near(expected, Attention.ScaledDotProduct(q, k, v));
    }

    [Fact]
    public void Causal_mask_ignores_a_later_key_however_high_it_scores()
    {
        double[][] q = [[1], [1]], k = [[1], [50]], v = [[10], [20]];
        // Query 0 may only see key 0, so it returns v[0] = 10 even though key 1 scores 50 > 1.
        // Query 1 scores [1, 50]: weight of key 0 is e^-49 / (1 + e^-49) ~ 5e-22, so 20 - 10 * 5e-22.
        double tiny = Math.Exp(-49) / (1 + Math.Exp(-49));
        double[][] expected = [[10], [10 * tiny + 20 * (1 - tiny)]];
        Check.Given(q, k, v).Hint(3).Near(expected, Attention.ScaledDotProduct(q, k, v, causal: true));
    }

    [Fact]
    public void Causal_queries_past_the_last_key_see_every_key()
    {
        // Four queries but two keys: the mask only hides keys j > i, so queries 1, 2 and 3 see both.
        double[][] q = [[0], [0], [0], [0]], k = [[0], [0]], v = [[2], [4]];
        double[][] expected = [[2], [3], [3], [3]];
        Check.Given(q, k, v).Hint(3).Near(expected, Attention.ScaledDotProduct(q, k, v, causal: true));
    }

    [Fact]
    public void Causal_masks_by_absolute_index_when_there_are_more_keys_than_queries()
    {
        // Two queries but four keys: query i sees keys 0..i, counted from the first key, not
        // aligned to the last one. All scores are 0, so each output is the plain mean of the
        // visible values: query 0 → 1, query 1 → (1 + 3)/2 = 2. Aligning the queries with the
        // last keys (as a decoder with a cache would) gives (1 + 3 + 5)/3 = 3 and 4 instead.
        double[][] q = [[0], [0]], k = [[0], [0], [0], [0]], v = [[1], [3], [5], [7]];
        double[][] expected = [[1], [2]];
        Check.Given(q, k, v).Hint(3).Near(expected, Attention.ScaledDotProduct(q, k, v, causal: true));
    }

    [Fact]
    public void Large_scores_neither_overflow_nor_underflow()
    {
        // d = 1 and 1.0009765625 = 1 + 2^-10 is exact, so the scores are exactly
        // query 0: [1024, 1025] and query 1: [-1024, -1025].
        double[][] q = [[1024], [-1024]], k = [[1], [1.0009765625]], v = [[0], [1]];
        // Only differences matter: query 0 weights [1, e] / (1 + e), query 1 weights [e, 1] / (1 + e).
        // exp(1025) is +Infinity and exp(-1025) is 0, so exponentiating raw scores gives NaN;
        // shifting by the largest score of the whole matrix (1025) still underflows query 1.
        double e = Math.E;
        double[][] expected = [[e / (1 + e)], [1 / (1 + e)]];
        Check.Given(q, k, v).Hint(2).Near(expected, Attention.ScaledDotProduct(q, k, v));
    }

    [Fact]
    public void A_dominant_key_takes_all_the_weight()
    {
        double[][] q = [[3000], [-3000]], k = [[1], [2]], v = [[5, -1], [7, 1]];
        // Query 0 scores [3000, 6000]: weights [e^-3000, 1] = [0, 1] in doubles -> [7, 1].
        // Query 1 scores [-3000, -6000]: weights [1, 0] -> [5, -1].
        double[][] expected = [[7, 1], [5, -1]];
        Check.Given(q, k, v).Hint(2).Near(expected, Attention.ScaledDotProduct(q, k, v));
    }

    [Fact]
    public void Empty_matrices_are_rejected()
    {
        double[][] none = [], q = [[1, 0]], k = [[1, 0]], v = [[1]];
        var given = Check.Given(none, q, k, v);
        given.Throws<ArgumentException>(() => Attention.ScaledDotProduct(none, k, v), "q");
        given.Throws<ArgumentException>(() => Attention.ScaledDotProduct(q, none, v), "k");
        given.Throws<ArgumentException>(() => Attention.ScaledDotProduct(q, k, none), "v");
    }

    [Fact]
    public void Zero_width_queries_are_rejected()
    {
        // d = 0 leaves the scale 1/sqrt(d) undefined.
        double[][] q = [[]], k = [[]], v = [[1]];
        Check.Given(q, k, v).Throws<ArgumentException>(() => Attention.ScaledDotProduct(q, k, v), "q");
    }

    [Fact]
    public void Key_width_must_match_query_width()
    {
        double[][] q = [[1, 0]], k = [[1, 0, 0], [0, 1, 0]], v = [[1], [2]];
        Check.Given(q, k, v).Throws<ArgumentException>(() => Attention.ScaledDotProduct(q, k, v), "k");
    }

    [Fact]
    public void Every_key_needs_a_value_row()
    {
        double[][] q = [[1, 0]], k = [[1, 0], [0, 1]], v = [[1], [2], [3]];
        Check.Given(q, k, v).Throws<ArgumentException>(() => Attention.ScaledDotProduct(q, k, v), "v");
    }

    [Fact]
    public void Ragged_matrices_are_rejected()
    {
        double[][] q = [[1, 0], [1]], k = [[1, 0], [0, 1]], v = [[1, 2], [3]], rectangular = [[1, 2], [3, 4]];
        var given = Check.Given(q, k, v, rectangular);
        given.Throws<ArgumentException>(() => Attention.ScaledDotProduct(q, k, rectangular), "q");
        given.Throws<ArgumentException>(() => Attention.ScaledDotProduct(rectangular, k, v), "v");
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        double[][] q = [[1, 2], [3, 4], [-1, 0.5]], k = [[0.5, 1], [2, -1], [1, 1]], v = [[1, 0], [0, 1], [2, 2]];
        var given = Check.Given(q, k, v);
        given.Unchanged(() => Attention.ScaledDotProduct(q, k, v));
        given.Unchanged(() => Attention.ScaledDotProduct(q, k, v, causal: true));
    }
}
