using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class TwoSumTests
{
    [Theory]
    [InlineData(new[] { 2, 7, 11, 15 }, 9, 0, 1)]     // 2 + 7
    [InlineData(new[] { 3, 2, 4 }, 6, 1, 2)]          // 2 + 4; 3 + 3 would reuse index 0
    [InlineData(new[] { 3, 3 }, 6, 0, 1)]             // two equal values at two positions
    [InlineData(new[] { 5, 1, 9, 8 }, 17, 2, 3)]      // 9 + 8, the last two
    [InlineData(new[] { 0, -3, 4, 0 }, 0, 0, 3)]      // 0 + 0; -3 has no partner 3
    [InlineData(new[] { -1, -2, -3, -4, -5 }, -8, 2, 4)] // -3 + -5; -4 would need another -4
    public void Finds_a_pair_summing_to_the_target(int[] values, int target, int first, int second)
    {
        Check.Given(values, target).Hint(1).Equal((first, second), TwoSum.Find(values, target));
    }

    [Theory]
    // 1 + 4 is (0, 3) and 3 + 2 is (1, 2): the pair that ends first wins.
    [InlineData(new[] { 1, 3, 2, 4 }, 5, 1, 2)]
    // 10 + 0 is (0, 4) and 4 + 6 is (1, 3); 5 has no partner (there is one 5). j = 3 < 4.
    [InlineData(new[] { 10, 4, 5, 6, 0 }, 10, 1, 3)]
    // Pairs (0, 5), (1, 4), (2, 3) all sum to 7: smallest j is 3.
    [InlineData(new[] { 1, 2, 3, 4, 5, 6 }, 7, 2, 3)]
    public void The_pair_with_the_smallest_second_index_wins(int[] values, int target, int first, int second)
    {
        Check.Given(values, target).Hint(2).Equal((first, second), TwoSum.Find(values, target));
    }

    [Theory]
    // Both 2s pair with the 4 at index 2: the earlier 2 wins.
    [InlineData(new[] { 2, 2, 4 }, 6, 0, 2)]
    // Three 1s, then a 5: each 1 pairs with the 5 (1 + 1 = 2 is no match), so (0, 3), (1, 3)
    // and (2, 3) tie on j = 3 and the first 1 wins.
    [InlineData(new[] { 1, 1, 1, 5 }, 6, 0, 3)]
    // 7 at indices 1 and 3; the 0 at index 4 pairs with either: index 1 wins.
    [InlineData(new[] { 9, 7, 8, 7, 0 }, 7, 1, 4)]
    public void Among_equal_second_indices_the_smallest_first_index_wins(int[] values, int target, int first, int second)
    {
        Check.Given(values, target).Hint(2).Equal((first, second), TwoSum.Find(values, target));
    }

    [Theory]
    [InlineData(new[] { 3, 4 }, 6)]          // 3 + 3 would use index 0 twice
    [InlineData(new[] { 5 }, 10)]            // one value cannot form a pair
    [InlineData(new[] { 1, 2, 3 }, 7)]       // the largest sum is 2 + 3 = 5
    [InlineData(new int[0], 0)]              // nothing at all
    public void No_pair_gives_minus_one_minus_one(int[] values, int target)
    {
        Check.Given(values, target).Hint(2).Equal((-1, -1), TwoSum.Find(values, target));
    }

    [Theory]
    // True sums, computed in 64 bits: none of these equals the target, though each wraps onto
    // it in 32-bit arithmetic.
    [InlineData(new[] { int.MaxValue, 1 }, int.MinValue, -1, -1)]            // 2^31 != -2^31
    [InlineData(new[] { int.MinValue, int.MinValue }, 0, -1, -1)]           // -2^32 != 0
    [InlineData(new[] { int.MaxValue, int.MaxValue }, -2, -1, -1)]          // 2^32 - 2 != -2
    [InlineData(new[] { int.MinValue, -1 }, int.MaxValue, -1, -1)]          // -2^31 - 1 != 2^31 - 1
    // Sums that do fit: -2^31 + (2^31 - 1) = -1 and (2^31 - 1) + 0.
    [InlineData(new[] { int.MinValue, int.MaxValue }, -1, 0, 1)]
    [InlineData(new[] { 5, int.MaxValue, 0 }, int.MaxValue, 1, 2)]
    public void Sums_are_exact_without_overflow(int[] values, int target, int first, int second)
    {
        Check.Given(values, target).Hint(3).Equal((first, second), TwoSum.Find(values, target));
    }

    [Fact]
    public void A_null_array_is_rejected()
    {
        int[]? values = null;
        Check.Given(values).Throws<ArgumentNullException>(() => TwoSum.Find(values!, 0), "values");
    }

    [Fact]
    public void The_array_is_not_modified()
    {
        int[] values = [15, 2, 11, 7, 2];
        Check.Given(values).Unchanged(() => TwoSum.Find(values, 9));
        Check.Given(values).Unchanged(() => TwoSum.Find(values, 100));
    }

    [Fact]
    public void Thirty_thousand_values_take_linear_time()
    {
        // values[i] = i for i < n = 30,000. For target 2n - 3 the only pair is (n - 2, n - 1), since
        // i + j = 2n - 3 with i < j <= n - 1 forces j = n - 1. Target -1 has no pair at all.
        // One pass: 30,000 dictionary steps per call. Checking pairs: ~n^2 / 2 = 4.5 * 10^8 per
        // call, hundreds of times more. Ten calls, alternating the two targets.
        const int n = 30_000, calls = 10;
        int[] values = Enumerable.Range(0, n).ToArray();
        var answers = new (int, int)[calls];
        var checkOver = new CancellationTokenSource();   // stops a slow solution once it has failed
        try
        {
            Check.Given(values).Hint(1).Within(TimeSpan.FromSeconds(1), "O(n)", () =>
            {
                for (int c = 0; c < calls && !checkOver.IsCancellationRequested; c++)
                    answers[c] = TwoSum.Find(values, c % 2 == 0 ? 2 * n - 3 : -1);
            });
        }
        finally
        {
            checkOver.Cancel();
        }
        for (int c = 0; c < calls; c++)
        {
            int target = c % 2 == 0 ? 2 * n - 3 : -1;
            Check.Given(values, target).Hint(2).Equal(c % 2 == 0 ? (n - 2, n - 1) : (-1, -1), answers[c]);
        }
    }
}
