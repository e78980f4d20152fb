using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class LongestIncreasingSubsequenceTests
{
    [Fact]
    public void Worked_example_from_the_readme()
    {
        // 2, 5, 7, 101 and 2, 3, 7, 18 have length 4. No length 5: after 10 and 9 only
        // 2, 5, 3, 7, 101, 18 remain, and 5 and 3 cannot both be used, nor 101 and 18.
        int[] values = [10, 9, 2, 5, 3, 7, 101, 18];
        Check.Given(values).Hint(2).Equal(4, LongestIncreasingSubsequence.Length(values));
    }

    [Fact]
    public void Elements_need_not_be_adjacent()
    {
        // 1, 2, 3, 4 at positions 0, 2, 4, 6; the longest run of adjacent rising elements is 2.
        // Not 5: 9, 8, 7 fall, so at most one of them joins, and 1 < 2 < 3 < 4 leave no room.
        int[] values = [1, 9, 2, 8, 3, 7, 4];
        Check.Given(values).Hint(1).Equal(4, LongestIncreasingSubsequence.Length(values));
    }

    [Fact]
    public void A_later_smaller_value_can_start_a_longer_subsequence()
    {
        // 50, 60 is the first rising pair, but 1, 2, 3, 4 starts after it: length 4.
        int[] values = [50, 60, 1, 2, 3, 4];
        Check.Given(values).Hint(2).Equal(4, LongestIncreasingSubsequence.Length(values));
    }

    [Theory]
    [InlineData(new[] { 2, 2, 2 }, 1)]              // equal values do not increase
    [InlineData(new[] { 1, 3, 3, 5 }, 3)]           // 1, 3, 5: only one of the 3s
    [InlineData(new[] { 4, 1, 4, 2, 4, 3, 4 }, 4)]  // 1, 2, 3, 4; the repeated 4 counts once
    public void Equal_values_do_not_extend_a_subsequence(int[] values, int expected)
    {
        Check.Given(values).Hint(3).Equal(expected, LongestIncreasingSubsequence.Length(values));
    }

    [Fact]
    public void Empty_input_has_length_zero()
    {
        int[] values = [];
        Check.Given(values).Equal(0, LongestIncreasingSubsequence.Length(values));
    }

    [Fact]
    public void One_element_has_length_one()
    {
        int[] values = [42];
        Check.Given(values).Equal(1, LongestIncreasingSubsequence.Length(values));
    }

    [Theory]
    [InlineData(new[] { 5, 4, 3, 2, 1 }, 1)]   // falling: any single element
    [InlineData(new[] { -3, -1, 0, 8, 9 }, 5)] // rising: everything
    public void Monotone_sequences(int[] values, int expected)
    {
        Check.Given(values).Hint(2).Equal(expected, LongestIncreasingSubsequence.Length(values));
    }

    [Theory]
    [InlineData(new[] { 1, int.MaxValue }, 2)]                     // 1 < MAX
    [InlineData(new[] { int.MinValue, -1, 0, int.MaxValue }, 4)]   // already rising
    [InlineData(new[] { int.MaxValue, int.MinValue }, 1)]          // falling
    [InlineData(new[] { int.MaxValue, int.MaxValue }, 1)]          // equal, so not increasing
    public void Extreme_values_are_ordinary_values(int[] values, int expected)
    {
        Check.Given(values).Hint(3).Equal(expected, LongestIncreasingSubsequence.Length(values));
    }

    [Fact]
    public void Null_is_rejected()
    {
        int[] values = null!;
        Check.Given(values).Throws<ArgumentNullException>(() => LongestIncreasingSubsequence.Length(values), "values");
    }

    [Fact]
    public void Input_is_not_modified()
    {
        int[] values = [10, 9, 2, 5, 3, 7, 101, 18];
        Check.Given(values).Unchanged(() => LongestIncreasingSubsequence.Length(values));
    }

    [Fact]
    public void Sixty_thousand_values_in_n_log_n()
    {
        // 600 blocks of 100 values: block b holds b*100 + 99 down to b*100, falling inside the
        // block, and every value of block b is below every value of block b + 1. An increasing
        // subsequence takes at most one value per block, and one per block (say each block's
        // first) is increasing: the answer is 600. The quadratic table needs ~1.8 x 10^9 steps.
        int n = 60_000;
        var values = new int[n];
        for (int i = 0; i < n; i++) values[i] = i / 100 * 100 + (99 - i % 100);
        int result = -1;
        var given = Check.Given(n).Hint(2);
        given.Within(TimeSpan.FromSeconds(1), "O(n log n)", () => result = LongestIncreasingSubsequence.Length(values));
        given.Equal(600, result);
    }
}
