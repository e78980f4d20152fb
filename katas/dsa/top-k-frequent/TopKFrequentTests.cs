using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class TopKFrequentTests
{
    [Fact]
    public void Returns_the_k_most_frequent_values()
    {
        // Counts: 1 -> 3, 2 -> 2, 3 -> 1. The top two are 1 and 2.
        int[] values = [1, 1, 1, 2, 2, 3];
        int k = 2;
        Check.Given(values, k).Hint(1).Equal([1, 2], TopKFrequent.Find(values, k));
    }

    [Fact]
    public void The_most_frequent_value_comes_first()
    {
        // Counts: 4 -> 4, 5 -> 3, 6 -> 2, 7 -> 1, listed here least frequent first.
        int[] values = [7, 6, 6, 5, 5, 5, 4, 4, 4, 4];
        int k = 3;
        Check.Given(values, k).Hint(3).Equal([4, 5, 6], TopKFrequent.Find(values, k));
    }

    [Fact]
    public void Equal_counts_put_the_smaller_value_first()
    {
        // 3, 1 and 2 each occur twice (first seen in that order), 5 once: [1, 2, 3].
        int[] values = [3, 3, 1, 1, 2, 2, 5];
        int k = 3;
        Check.Given(values, k).Hint(3).Equal([1, 2, 3], TopKFrequent.Find(values, k));
    }

    [Fact]
    public void A_tie_at_the_cut_off_keeps_the_smaller_values()
    {
        // 9, 4, 6 and 2 each occur twice, 1 once: two of the four tied values make it, the smaller ones, 2 and 4.
        int[] values = [9, 9, 4, 4, 6, 6, 2, 2, 1];
        int k = 2;
        Check.Given(values, k).Hint(3).Equal([2, 4], TopKFrequent.Find(values, k));
    }

    [Fact]
    public void Negative_and_extreme_values_are_ordinary_values()
    {
        // int.MaxValue occurs twice; int.MinValue, -2 and 0 once each: the tie goes to the smallest, int.MinValue.
        int[] values = [int.MaxValue, 0, int.MinValue, int.MaxValue, -2];
        int k = 2;
        Check.Given(values, k).Hint(3).Equal([int.MaxValue, int.MinValue], TopKFrequent.Find(values, k));
    }

    [Fact]
    public void K_equal_to_the_distinct_count_ranks_every_value()
    {
        // Counts: 5 -> 3, 1 -> 2, 3 -> 1.
        int[] values = [5, 1, 5, 3, 1, 5];
        int k = 3;
        Check.Given(values, k).Hint(1).Equal([5, 1, 3], TopKFrequent.Find(values, k));
    }

    [Fact]
    public void A_single_value()
    {
        int[] values = [42];
        int k = 1;
        Check.Given(values, k).Hint(1).Equal([42], TopKFrequent.Find(values, k));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(4)] // 6 values but only 3 distinct ones
    public void K_outside_one_to_the_distinct_count_is_rejected(int k)
    {
        int[] values = [5, 1, 5, 3, 1, 5];
        Check.Given(values, k).Throws<ArgumentOutOfRangeException>(() => TopKFrequent.Find(values, k), "k");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void Empty_values_are_rejected_before_k_is_checked(int k)
    {
        int[] values = [];
        Check.Given(values, k).Throws<ArgumentException>(() => TopKFrequent.Find(values, k), "values");
    }

    [Fact]
    public void Null_values_are_rejected()
    {
        int[] values = null!;
        int k = 1;
        Check.Given(values, k).Throws<ArgumentNullException>(() => TopKFrequent.Find(values, k), "values");
    }

    [Fact]
    public void Values_are_not_modified()
    {
        int[] values = [4, 1, 3, 1, 4, 2, 4];
        int k = 2;
        Check.Given(values, k).Unchanged(() => TopKFrequent.Find(values, k));
    }

    [Fact]
    public void Many_distinct_values_with_a_large_k_take_O_n_log_k()
    {
        // 30 000 distinct values: the even ones occur once, the odd ones twice (45 000 values, shuffled).
        // With k = 15 000 the answer is exactly the odd values, ascending (all tied at 2).
        // A size-k heap needs a few milliseconds; k scans for the maximum visit ~3.4e8 entries.
        const int distinct = 30_000, k = 15_000;
        var list = new List<int>(distinct * 3 / 2);
        for (int v = 0; v < distinct; v++)
        {
            list.Add(v);
            if (v % 2 == 1) list.Add(v);
        }
        int[] values = list.ToArray();
        new Random(12345).Shuffle(values);
        int[] odd = Enumerable.Range(0, k).Select(i => 2 * i + 1).ToArray();

        var given = Check.Given(values, k).Hint(2);
        int[]? result = null;
        given.Within(TimeSpan.FromSeconds(1.5), "O(n log k)", () => result = TopKFrequent.Find(values, k));
        given.Equal(odd, result);
    }
}
