using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class KthLargestTests
{
    [Theory]
    // Descending [6, 5, 4, 3, 2, 1]: the 2nd is 5.
    [InlineData(new[] { 3, 2, 1, 5, 6, 4 }, 2, 5)]
    // Descending [6, 5, 5, 4, 3, 3, 2, 2, 1]: the 4th is 4.
    [InlineData(new[] { 3, 2, 3, 1, 2, 4, 5, 5, 6 }, 4, 4)]
    // Descending [9, 8, 7, 3, 2]: the 3rd is 7.
    [InlineData(new[] { 7, 2, 9, 3, 8 }, 3, 7)]
    public void Finds_the_kth_largest(int[] values, int k, int expected)
    {
        Check.Given(values, k).Hint(1).Equal(expected, KthLargest.Find(values, k));
    }

    [Fact]
    public void K_one_is_the_maximum_and_k_length_the_minimum()
    {
        int[] values = [4, -2, 9, 0, 9, 3];
        int first = 1, last = values.Length;
        Check.Given(values, first).Hint(1).Equal(9, KthLargest.Find(values, first));
        Check.Given(values, last).Hint(1).Equal(-2, KthLargest.Find(values, last));
    }

    [Theory]
    // Descending [5, 5, 5, 1]: duplicates are separate elements.
    [InlineData(2, 5)]
    [InlineData(3, 5)]
    [InlineData(4, 1)]
    public void Duplicates_count_separately(int k, int expected)
    {
        int[] values = [5, 1, 5, 5];
        Check.Given(values, k).Hint(1).Equal(expected, KthLargest.Find(values, k));
    }

    [Theory]
    // Descending [int.MaxValue, 7, 0, -1, int.MinValue].
    [InlineData(1, int.MaxValue)]
    [InlineData(2, 7)]
    [InlineData(3, 0)]
    [InlineData(4, -1)]
    [InlineData(5, int.MinValue)]
    public void Extreme_values_compare_without_overflow(int k, int expected)
    {
        int[] values = [int.MinValue, 7, -1, int.MaxValue, 0];
        Check.Given(values, k).Hint(3).Equal(expected, KthLargest.Find(values, k));
    }

    [Fact]
    public void A_single_element()
    {
        int[] values = [-8];
        int k = 1;
        Check.Given(values, k).Hint(1).Equal(-8, KthLargest.Find(values, k));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(5)]
    public void K_outside_one_to_the_length_is_rejected(int k)
    {
        int[] values = [3, 1, 4, 1];
        Check.Given(values, k).Throws<ArgumentOutOfRangeException>(() => KthLargest.Find(values, k), "k");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void Empty_values_are_rejected_before_k_is_checked(int k)
    {
        int[] values = [];
        Check.Given(values, k).Throws<ArgumentException>(() => KthLargest.Find(values, k), "values");
    }

    [Fact]
    public void Null_values_are_rejected()
    {
        int[] values = null!;
        int k = 1;
        Check.Given(values, k).Throws<ArgumentNullException>(() => KthLargest.Find(values, k), "values");
    }

    [Fact]
    public void Values_are_not_modified()
    {
        int[] values = [9, 1, 8, 2, 7, 3, 6, 4, 5];
        int k = 4;
        Check.Given(values, k).Unchanged(() => KthLargest.Find(values, k));
    }

    [Fact]
    public void An_already_sorted_array_takes_average_O_n()
    {
        // 0, 1, ..., 99 999: the 50 000-th largest is 100 000 - 50 000 = 50 000.
        // A random pivot needs about a millisecond; a last-element pivot peels off one element per pass, ~4e9 steps.
        const int n = 100_000, k = 50_000;
        int[] values = Enumerable.Range(0, n).ToArray();
        var given = Check.Given(values, k).Hint(2);
        int result = -1;
        given.Within(TimeSpan.FromSeconds(1), "average O(n)", () => result = KthLargest.Find(values, k));
        given.Equal(50_000, result);
    }

    [Fact]
    public void An_array_of_equal_values_takes_average_O_n()
    {
        // 100 000 copies of 7: every k-th largest is 7. A three-way partition is done after one pass;
        // a two-way partition removes one element per pass, ~4e9 steps.
        const int n = 100_000, k = 50_000;
        int[] values = Enumerable.Repeat(7, n).ToArray();
        var given = Check.Given(values, k).Hint(2);
        int result = -1;
        given.Within(TimeSpan.FromSeconds(1), "average O(n)", () => result = KthLargest.Find(values, k));
        given.Equal(7, result);
    }
}
