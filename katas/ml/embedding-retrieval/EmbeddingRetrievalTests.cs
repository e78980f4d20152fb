using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class EmbeddingRetrievalTests
{
    // query . item for the README example: [1, 0] . [0.5, 1] = 0.5, [1, 0] . [2, 0] = 2,
    // [1, 0] . [-1, 3] = -1, [1, 0] . [1, 1] = 1. Best first: items 1 (2), 3 (1), 0 (0.5), 2 (-1).
    private static double[] Query => [1, 0];
    private static double[][] Items => [[0.5, 1], [2, 0], [-1, 3], [1, 1]];

    [Theory]
    [InlineData(1, new[] { 1 })]
    [InlineData(2, new[] { 1, 3 })]
    [InlineData(4, new[] { 1, 3, 0, 2 })]
    public void Returns_the_k_best_items_best_first(int k, int[] expected)
    {
        double[] query = Query;
        double[][] items = Items;
        Check.Given(query, items, k).Hint(1).Equal(expected, EmbeddingRetrieval.TopK(query, items, k));
    }

    [Fact]
    public void Ranks_by_dot_product_not_cosine_similarity()
    {
        double[] query = [1, 0];
        double[][] items = [[1, 0], [10, 1], [3, -4]];
        // Dot products 1, 10, 3 -> [1, 2, 0]. (Cosine would rank item 0 first: 1 > 0.995 > 0.6.)
        Check.Given(query, items).Hint(1).Equal(new[] { 1, 2, 0 }, EmbeddingRetrieval.TopK(query, items, 3));
    }

    [Fact]
    public void Negative_scores_are_ranked_too()
    {
        double[] query = [-1, 0];
        double[][] items = [[1, 0], [3, 5], [2, -1]];
        // Scores -1, -3, -2: every score is negative, the best is still -1 (item 0), then -2 (item 2).
        Check.Given(query, items).Hint(1).Equal(new[] { 0, 2 }, EmbeddingRetrieval.TopK(query, items, 2));
    }

    [Fact]
    public void Equal_scores_keep_the_lower_index_first()
    {
        double[] query = [1, 1];
        double[][] items = [[1, 0], [0, 1], [2, 0], [0.5, 0.5]];
        // Scores 1, 1, 2, 1: item 2 first, then the tied items 0, 1, 3 in index order.
        var given = Check.Given(query, items).Hint(2);
        given.Equal(new[] { 2, 0, 1 }, EmbeddingRetrieval.TopK(query, items, 3));
        given.Equal(new[] { 2, 0, 1, 3 }, EmbeddingRetrieval.TopK(query, items, 4));
    }

    [Fact]
    public void A_later_item_with_an_equal_score_does_not_displace_an_earlier_one()
    {
        double[] query = [1];
        double[][] items = [[1], [1], [1], [1]];
        // All four score 1: the two lowest indices win.
        Check.Given(query, items).Hint(2).Equal(new[] { 0, 1 }, EmbeddingRetrieval.TopK(query, items, 2));
    }

    [Fact]
    public void A_better_item_displaces_the_later_of_two_tied_items()
    {
        double[] query = [1];
        double[][] items = [[1], [1], [2]];
        // Scores 1, 1, 2 and k = 2: item 2 is in, and of the tied items 0 and 1 the lower index stays.
        Check.Given(query, items).Hint(2).Equal(new[] { 2, 0 }, EmbeddingRetrieval.TopK(query, items, 2));
    }

    [Fact]
    public void Many_ties_still_come_out_in_index_order()
    {
        // 60 items scoring 0, 1 or 2 in turn (item i scores i mod 3), k = 30.
        double[] query = [1];
        var items = new double[60][];
        for (int i = 0; i < 60; i++) items[i] = [i % 3];
        // Best first: the 20 items scoring 2 (indices 2, 5, ..., 59), then the 10 lowest
        // indices scoring 1 (1, 4, ..., 28).
        var expected = Enumerable.Range(0, 20).Select(j => 3 * j + 2).Concat(Enumerable.Range(0, 10).Select(j => 3 * j + 1)).ToArray();
        Check.Given(query, items).Hint(2).Equal(expected, EmbeddingRetrieval.TopK(query, items, 30));
    }

    [Fact]
    public void Agrees_with_the_definition_on_a_larger_input()
    {
        // 2,000 items with small integer coordinates, so there are many exact ties.
        var random = new Random(7);
        double[] query = [1, -2, 3];
        var items = new double[2000][];
        for (int i = 0; i < items.Length; i++) items[i] = [random.Next(-3, 4), random.Next(-3, 4), random.Next(-3, 4)];
        double Score(int i) => query[0] * items[i][0] + query[1] * items[i][1] + query[2] * items[i][2];
        // Item a ranks before item b when it scores higher, or the same with a lower index.
        bool Before(int a, int b) => Score(a) > Score(b) || (Score(a) == Score(b) && a < b);

        const int k = 150;
        var top = EmbeddingRetrieval.TopK(query, items, k);
        var given = Check.Given(query, items, k).Hint(2);
        given.That(top.Length == k, $"exactly {k} indices", top.Length);
        given.That(top.All(i => i >= 0 && i < items.Length) && top.Distinct().Count() == k, "distinct item indices", top);
        given.That(top.Zip(top.Skip(1), Before).All(ok => ok), "best first: scores descending, equal scores by ascending index", top);
        var chosen = top.ToHashSet();
        int last = top[^1];
        given.That(Enumerable.Range(0, items.Length).All(i => chosen.Contains(i) || Before(last, i)),
            "no item left out ranks before the last one returned", top);
    }

    [Fact]
    public void Runs_in_n_log_k_not_n_times_k()
    {
        // 200,000 items in a scrambled order, k = 25,000. A bounded heap needs about
        // n + (k log k) * small constant steps, a few tens of milliseconds (the 3 s budget gives
        // a correct heap over 50x that, for a loaded 2-core machine); picking the best remaining
        // item k times scans n * k = 5e9 items, which takes far longer.
        const int n = 200_000, k = 25_000;
        var items = new double[n][];
        for (int i = 0; i < n; i++) items[i] = [(i * 7919L % n) / (double)n, 1];
        double[] query = [1, 0.5];
        int[] top = [];
        Check.Given(query, n, k).Hint(1).Within(TimeSpan.FromSeconds(3), "O(n log k)", () => top = EmbeddingRetrieval.TopK(query, items, k));
        // Scores are 0.5 + (i * 7919 mod n)/n, distinct; the best item is the one with i * 7919 mod n = n - 1.
        Check.Given(query, n, k).Hint(1).That(top.Length == k && (top[0] * 7919L % n) == n - 1, "the best item first", top);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(5)]   // only 4 items
    public void K_must_be_between_1_and_the_number_of_items(int k)
    {
        double[] query = Query;
        double[][] items = Items;
        Check.Given(query, items, k).Throws<ArgumentOutOfRangeException>(() => EmbeddingRetrieval.TopK(query, items, k), "k");
    }

    [Fact]
    public void Empty_inputs_are_rejected_before_the_k_range()
    {
        double[] query = Query, emptyQuery = [];
        double[][] items = Items, noItems = [];
        var given = Check.Given(query, emptyQuery, items, noItems);
        given.Throws<ArgumentException>(() => EmbeddingRetrieval.TopK(emptyQuery, items, 1), "query");
        given.Throws<ArgumentException>(() => EmbeddingRetrieval.TopK(query, noItems, 1), "items");
        given.Throws<ArgumentException>(() => EmbeddingRetrieval.TopK(query, noItems, 0), "items");
    }

    [Fact]
    public void Items_must_have_the_query_dimension()
    {
        double[] query = [1, 0];
        double[][] items = [[1, 2], [3, 4, 5], [6, 7]];
        Check.Given(query, items).Throws<ArgumentException>(() => EmbeddingRetrieval.TopK(query, items, 1), "items");
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        double[] query = [1, -1];
        double[][] items = [[3, 1], [0, 2], [5, 5], [1, -1], [2, 0]];
        Check.Given(query, items).Unchanged(() => EmbeddingRetrieval.TopK(query, items, 3));
    }
}
