using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class CoinChangeTests
{
    // Cases from exercism/problem-specifications, exercises/change/canonical-data.json (MIT),
    // copied in /work/shared/peer-tests/exercism/change.json. The expected values are theirs.
    // Their two large targets (63 and 999) are in the last test, behind a time bound, so that
    // an exponential solution fails fast instead of running for ages.
    public static TheoryData<string, int[], int, int[]> Exercism => new()
    {
        { "change for 1 cent", [1, 5, 10, 25], 1, [1] },
        { "single coin change", [1, 5, 10, 25, 100], 25, [25] },
        { "multiple coin change", [1, 5, 10, 25, 100], 15, [5, 10] },
        { "change with Lilliputian Coins", [1, 4, 15, 20, 50], 23, [4, 4, 15] },
        { "possible change without unit coins available", [2, 5, 10, 20, 50], 21, [2, 2, 2, 5, 10] },
        { "another possible change without unit coins available", [4, 5], 27, [4, 4, 4, 5, 5, 5] },
        { "a greedy approach is not optimal", [1, 10, 11], 20, [10, 10] },
        { "no coins make 0 change", [1, 5, 10, 21, 25], 0, [] },
    };

    [Theory]
    [MemberData(nameof(Exercism))]
    public void Exercism_canonical_cases(string description, int[] coins, int target, int[] expected)
    {
        Check.Given(description, coins, target).Hint(2).Equal(expected, CoinChange.FewestCoins(coins, target));
    }

    // Exercism expects an error for these two ("can't make target with given coins");
    // the kata catalog returns null instead, and the catalog wins.
    [Theory]
    [InlineData(new[] { 5, 10 }, 3)]    // smaller than the smallest coin
    [InlineData(new[] { 5, 10 }, 94)]   // every sum of 5s and 10s is a multiple of 5
    public void Exercism_impossible_targets_give_null(int[] coins, int target)
    {
        Check.Given(coins, target).Hint(2).Equal(null, CoinChange.FewestCoins(coins, target));
    }

    [Fact]
    public void Impossible_with_no_unit_coin_gives_null()
    {
        // Only even coins: an odd target cannot be made.
        int[] coins = [4, 2, 6];
        int target = 7;
        Check.Given(coins, target).Hint(2).Equal(null, CoinChange.FewestCoins(coins, target));
    }

    [Fact]
    public void Equally_short_answers_break_ties_lexicographically()
    {
        // Coins 1..4, target 5: no single coin is 5; the pairs are [1, 4] and [2, 3].
        // [1, 4] < [2, 3] because 1 < 2.
        int[] coins = [1, 2, 3, 4];
        int target = 5;
        Check.Given(coins, target).Hint(3).Equal([1, 4], CoinChange.FewestCoins(coins, target));
    }

    [Fact]
    public void Tie_break_is_not_the_same_as_taking_the_largest_coin_first()
    {
        // Coins [1, 2, 5, 7], target 11. One coin: none is 11. Two coins: 7 + 4, 5 + 6, 2 + 9,
        // 1 + 10 need a 4, 6, 9 or 10: none. Three coins: 1 + 5 + 5 and 2 + 2 + 7 (1 + 3 + 7 and
        // 1 + 1 + 9 need missing coins). [1, 5, 5] < [2, 2, 7].
        int[] coins = [1, 2, 5, 7];
        int target = 11;
        Check.Given(coins, target).Hint(3).Equal([1, 5, 5], CoinChange.FewestCoins(coins, target));
    }

    [Fact]
    public void Coins_may_come_in_any_order_and_repeat()
    {
        // Same coins as above, shuffled and with duplicates; the answer is the same sorted list.
        int[] coins = [7, 5, 2, 7, 1, 5];
        int target = 11;
        Check.Given(coins, target).Hint(3).Equal([1, 5, 5], CoinChange.FewestCoins(coins, target));
    }

    [Fact]
    public void The_answer_is_sorted_ascending()
    {
        // Coins [25, 10, 1], target 36 = 25 + 10 + 1 (three coins; two coins reach at most 50 but
        // 36 - 25 = 11, 36 - 10 = 26, 36 - 1 = 35 are not coins).
        int[] coins = [25, 10, 1];
        int target = 36;
        Check.Given(coins, target).Hint(3).Equal([1, 10, 25], CoinChange.FewestCoins(coins, target));
    }

    [Fact]
    public void Target_zero_needs_no_coins_even_without_coins()
    {
        int[] coins = [];
        int target = 0;
        Check.Given(coins, target).Hint(2).Equal([], CoinChange.FewestCoins(coins, target));
    }

    [Fact]
    public void No_coins_cannot_make_a_positive_target()
    {
        int[] coins = [];
        int target = 3;
        Check.Given(coins, target).Hint(2).Equal(null, CoinChange.FewestCoins(coins, target));
    }

    [Fact]
    public void Negative_target_is_rejected()
    {
        // Exercism: "cannot find negative change values".
        int[] coins = [1, 2, 5];
        int target = -5;
        Check.Given(coins, target).Throws<ArgumentOutOfRangeException>(() => CoinChange.FewestCoins(coins, target), "target");
    }

    [Theory]
    [InlineData(new[] { 1, 0, 5 })]
    [InlineData(new[] { 2, -3 })]
    public void Coins_must_be_positive(int[] coins)
    {
        int target = 4;
        Check.Given(coins, target).Throws<ArgumentException>(() => CoinChange.FewestCoins(coins, target), "coins");
    }

    [Fact]
    public void Null_coins_are_rejected()
    {
        int[] coins = null!;
        int target = 4;
        Check.Given(coins, target).Throws<ArgumentNullException>(() => CoinChange.FewestCoins(coins, target), "coins");
    }

    [Fact]
    public void Coins_are_not_modified()
    {
        int[] coins = [7, 5, 2, 1];
        int target = 11;
        Check.Given(coins, target).Unchanged(() => CoinChange.FewestCoins(coins, target));
    }

    [Fact]
    public void Amounts_are_solved_once_not_exponentially_often()
    {
        // Coins [1, 2, 5], target 35. Every coin is at most 5, so at least 35 / 5 = 7 coins, and
        // seven coins make 35 only if all are 5s. The table takes 35 x 3 steps; recursion that
        // re-solves amounts makes about 2 x 10^8 calls.
        int[] coins = [1, 2, 5];
        int target = 35;
        int[]? result = null;
        var given = Check.Given(coins, target).Hint(2);
        given.Within(TimeSpan.FromSeconds(1), "O(target * coins)", () => result = CoinChange.FewestCoins(coins, target));
        given.Equal([5, 5, 5, 5, 5, 5, 5], result);

        // Exercism "change with Lower Elbonia Coins" and "large target values" (expected values theirs).
        LargeTarget([1, 5, 10, 21, 25], 63, [21, 21, 21]);
        LargeTarget([1, 2, 5, 10, 20, 50, 100], 999, [2, 2, 5, 20, 20, 50, 100, 100, 100, 100, 100, 100, 100, 100, 100]);
    }

    private static void LargeTarget(int[] coins, int target, int[] expected)
    {
        int[]? result = null;
        var given = Check.Given(coins, target).Hint(2);
        given.Within(TimeSpan.FromSeconds(1), "O(target * coins)", () => result = CoinChange.FewestCoins(coins, target));
        given.Equal(expected, result);
    }
}
