using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class BinarySearchTests
{
    // Cases from exercism/problem-specifications, exercises/binary-search/canonical-data.json
    // (MIT licence). Where exercism expects the error "value not in array", this kata's
    // catalog returns -1 instead.
    [Theory]
    [InlineData(new[] { 6 }, 6, 0)]                                                            // one element
    [InlineData(new[] { 1, 3, 4, 6, 8, 9, 11 }, 6, 3)]                                         // middle
    [InlineData(new[] { 1, 3, 4, 6, 8, 9, 11 }, 1, 0)]                                         // beginning
    [InlineData(new[] { 1, 3, 4, 6, 8, 9, 11 }, 11, 6)]                                        // end
    [InlineData(new[] { 1, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 634 }, 144, 9)]         // odd length
    [InlineData(new[] { 1, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377 }, 21, 5)]               // even length
    [InlineData(new[] { 1, 3, 4, 6, 8, 9, 11 }, 7, -1)]                                        // not included
    [InlineData(new[] { 1, 3, 4, 6, 8, 9, 11 }, 0, -1)]                                        // smaller than all
    [InlineData(new[] { 1, 3, 4, 6, 8, 9, 11 }, 13, -1)]                                       // larger than all
    [InlineData(new int[0], 1, -1)]                                                            // empty array
    [InlineData(new[] { 1, 2 }, 0, -1)]                                                        // bounds cross
    public void Exercism_canonical_cases(int[] sorted, int target, int expected)
    {
        Check.Given(sorted, target).Hint(1).Equal(expected, BinarySearch.IndexOf(sorted, target));
    }

    [Fact]
    public void Every_position_is_found_and_every_gap_is_absent()
    {
        // For each length 1..33, sorted[i] = 10 * i + 5: the value 10 * i + 5 sits at index i by
        // construction, and 10 * i (just below it) and 10 * length + 5 (past the end) are absent.
        for (int length = 1; length <= 33; length++)
        {
            int[] sorted = Enumerable.Range(0, length).Select(i => 10 * i + 5).ToArray();
            for (int i = 0; i < length; i++)
            {
                int present = 10 * i + 5, below = 10 * i;
                Check.Given(sorted, present).Hint(1).Equal(i, BinarySearch.IndexOf(sorted, present));
                Check.Given(sorted, below).Hint(1).Equal(-1, BinarySearch.IndexOf(sorted, below));
            }
            int past = 10 * length + 5;
            Check.Given(sorted, past).Hint(1).Equal(-1, BinarySearch.IndexOf(sorted, past));
        }
    }

    [Theory]
    [InlineData(new[] { 1, 2, 2, 2, 3 }, 2, 1)]                       // indices 1, 2, 3 hold a 2
    [InlineData(new[] { 5, 5, 5, 5, 5, 5, 5 }, 5, 0)]                 // all equal: the very first
    [InlineData(new[] { 7, 7 }, 7, 0)]
    [InlineData(new[] { 1, 1, 2 }, 1, 0)]
    [InlineData(new[] { 0, 3, 3, 3, 3, 3, 3, 3, 9 }, 3, 1)]           // indices 1..7 hold a 3
    [InlineData(new[] { 0, 1, 2, 4, 4, 4, 4, 4, 4, 4, 4 }, 4, 3)]     // the run ends the array
    [InlineData(new[] { 1, 3, 3, 3, 8, 13 }, 3, 1)]                   // README example
    public void Duplicates_give_the_leftmost_index(int[] sorted, int target, int expected)
    {
        Check.Given(sorted, target).Hint(2).Equal(expected, BinarySearch.IndexOf(sorted, target));
    }

    [Fact]
    public void A_long_run_of_duplicates_gives_its_first_index()
    {
        // 1000 zeros, then 1000 ones, then 1000 twos: the first 1 is at index 1000.
        int[] sorted = Enumerable.Range(0, 3000).Select(i => i / 1000).ToArray();
        int target = 1;
        Check.Given(sorted, target).Hint(2).Equal(1000, BinarySearch.IndexOf(sorted, target));
    }

    [Fact]
    public void An_empty_array_holds_nothing()
    {
        int[] sorted = [];
        int target = 0;
        Check.Given(sorted, target).Hint(3).Equal(-1, BinarySearch.IndexOf(sorted, target));
    }

    [Theory]
    [InlineData(int.MinValue, 0)]
    [InlineData(-1, 1)]
    [InlineData(0, 2)]
    [InlineData(int.MaxValue, 3)]
    [InlineData(1, -1)]
    [InlineData(int.MaxValue - 1, -1)]
    [InlineData(int.MinValue + 1, -1)]
    public void Values_at_the_ends_of_the_int_range_compare_correctly(int target, int expected)
    {
        // Positions by inspection; comparing by subtraction (sorted[mid] - target) overflows here,
        // e.g. 0 - int.MinValue wraps to int.MinValue, which looks "smaller".
        int[] sorted = [int.MinValue, -1, 0, int.MaxValue];
        Check.Given(sorted, target).Hint(3).Equal(expected, BinarySearch.IndexOf(sorted, target));
    }

    [Fact]
    public void A_null_array_is_rejected()
    {
        int[]? sorted = null;
        Check.Given(sorted).Throws<ArgumentNullException>(() => BinarySearch.IndexOf(sorted!, 1), "sorted");
    }

    [Fact]
    public void The_array_is_not_modified()
    {
        int[] sorted = [1, 2, 2, 2, 3, 8, 13];
        Check.Given(sorted).Unchanged(() => BinarySearch.IndexOf(sorted, 2));
        Check.Given(sorted).Unchanged(() => BinarySearch.IndexOf(sorted, 4));
    }

    [Fact]
    public void Twenty_thousand_searches_in_two_million_values_take_logarithmic_time()
    {
        // sorted[i] = 2i for 2^21 indices. Search s looks for 2 * p(s) + (s mod 2), where
        // p(s) = s * 7919 mod 2^21 spreads the positions over the whole array: even targets sit at
        // index p(s), odd ones are absent. Binary search needs ~21 probes per search (a few ms
        // in all); a linear scan needs ~10^6 per search, 2 * 10^10 in all: seconds even when
        // vectorised, several hundred times slower.
        const int n = 1 << 21, searches = 20_000;
        var sorted = new int[n];
        for (int i = 0; i < n; i++) sorted[i] = 2 * i;
        static int Position(int s) => (int)((long)s * 7919 % n);
        static int Target(int s) => 2 * Position(s) + s % 2;

        var found = new int[searches];
        var checkOver = new CancellationTokenSource();   // stops a slow solution once it has failed
        try
        {
            Check.Given(sorted).Hint(1).Within(TimeSpan.FromSeconds(1), "O(log n) per search", () =>
            {
                for (int s = 0; s < searches && !checkOver.IsCancellationRequested; s++)
                    found[s] = BinarySearch.IndexOf(sorted, Target(s));
            });
        }
        finally
        {
            checkOver.Cancel();
        }

        for (int s = 0; s < searches; s++)
        {
            int target = Target(s), expected = s % 2 == 0 ? Position(s) : -1;
            if (found[s] != expected)
                Check.Given(sorted, target).Hint(1).Equal(expected, BinarySearch.IndexOf(sorted, target));
        }
    }
}
