using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class IntervalsTests
{
    // InlineData cannot hold tuples: intervals are written as flat pairs, start, end, start, end...
    private static (int Start, int End)[] Pairs(int[] flat) =>
        Enumerable.Range(0, flat.Length / 2).Select(i => (flat[2 * i], flat[2 * i + 1])).ToArray();

    [Theory]
    // (1, 3) and (2, 6) overlap on 2..3; (8, 10) and (15, 18) overlap nothing.
    [InlineData(new[] { 1, 3, 2, 6, 8, 10, 15, 18 }, new[] { 1, 6, 8, 10, 15, 18 })]
    // (1, 4) and (2, 5) overlap; (7, 9) is apart.
    [InlineData(new[] { 1, 4, 2, 5, 7, 9 }, new[] { 1, 5, 7, 9 })]
    // All three overlap the first: (0, 9).
    [InlineData(new[] { 0, 4, 3, 9, 1, 2 }, new[] { 0, 9 })]
    // Negative coordinates merge the same way.
    [InlineData(new[] { -10, -5, -6, 0, 1, 2 }, new[] { -10, 0, 1, 2 })]
    public void Overlapping_intervals_merge(int[] flat, int[] expected)
    {
        var intervals = Pairs(flat);
        Check.Given(intervals).Hint(1).Equal(Pairs(expected), Intervals.Merge(intervals));
    }

    [Theory]
    [InlineData(new[] { 1, 2, 2, 3 }, new[] { 1, 3 })]                  // share the point 2
    [InlineData(new[] { 1, 4, 4, 5 }, new[] { 1, 5 })]                  // share the point 4
    [InlineData(new[] { 1, 2, 2, 3, 3, 4 }, new[] { 1, 4 })]            // a chain of touches
    [InlineData(new[] { 5, 5, 1, 5 }, new[] { 1, 5 })]                  // a point on an end
    public void Touching_intervals_merge(int[] flat, int[] expected)
    {
        var intervals = Pairs(flat);
        Check.Given(intervals).Hint(2).Equal(Pairs(expected), Intervals.Merge(intervals));
    }

    [Theory]
    [InlineData(new[] { 1, 2, 3, 4 }, new[] { 1, 2, 3, 4 })]            // 2 < 3: a gap, no shared point
    [InlineData(new[] { 1, 1, 2, 2 }, new[] { 1, 1, 2, 2 })]            // two separate points
    [InlineData(new[] { 0, 0, 10, 20, 30, 40 }, new[] { 0, 0, 10, 20, 30, 40 })]
    public void Separate_intervals_stay_apart(int[] flat, int[] expected)
    {
        var intervals = Pairs(flat);
        Check.Given(intervals).Hint(2).Equal(Pairs(expected), Intervals.Merge(intervals));
    }

    [Theory]
    [InlineData(new[] { 1, 10, 2, 3, 4, 5 }, new[] { 1, 10 })]          // both lie inside (1, 10)
    [InlineData(new[] { 1, 5, 1, 2 }, new[] { 1, 5 })]                  // same start, shorter
    [InlineData(new[] { 0, 100, 50, 60, 99, 100 }, new[] { 0, 100 })]
    [InlineData(new[] { 1, 10, 2, 3, 10, 12 }, new[] { 1, 12 })]        // (2, 3) must not shrink (1, 10): then (10, 12) touches at 10
    public void A_long_interval_swallows_the_ones_inside_it(int[] flat, int[] expected)
    {
        var intervals = Pairs(flat);
        Check.Given(intervals).Hint(3).Equal(Pairs(expected), Intervals.Merge(intervals));
    }

    [Theory]
    [InlineData(new[] { 8, 10, 1, 3, 15, 18, 2, 6 }, new[] { 1, 6, 8, 10, 15, 18 })]  // README example
    [InlineData(new[] { 5, 6, 1, 2, 3, 4 }, new[] { 1, 2, 3, 4, 5, 6 })]              // nothing merges, order does
    [InlineData(new[] { 3, 4, 1, 2, 2, 3 }, new[] { 1, 4 })]                          // the chain, shuffled
    [InlineData(new[] { 20, 30, 0, 5, 25, 40, 4, 10 }, new[] { 0, 10, 20, 40 })]
    public void Unsorted_input_gives_sorted_output(int[] flat, int[] expected)
    {
        var intervals = Pairs(flat);
        Check.Given(intervals).Hint(1).Equal(Pairs(expected), Intervals.Merge(intervals));
    }

    [Fact]
    public void Identical_intervals_merge_into_one()
    {
        (int Start, int End)[] intervals = [(2, 4), (2, 4), (2, 4)];
        Check.Given(intervals).Hint(2).Equal([(2, 4)], Intervals.Merge(intervals));
    }

    [Fact]
    public void Extreme_coordinates_merge_without_overflow()
    {
        // (int.MinValue, 0) and (0, int.MaxValue) touch at 0: together the whole int range.
        (int Start, int End)[] intervals = [(0, int.MaxValue), (int.MinValue, 0)];
        Check.Given(intervals).Hint(2).Equal([(int.MinValue, int.MaxValue)], Intervals.Merge(intervals));
    }

    [Fact]
    public void An_empty_array_gives_an_empty_array()
    {
        (int Start, int End)[] intervals = [];
        Check.Given(intervals).Hint(3).Equal([], Intervals.Merge(intervals));
    }

    [Fact]
    public void A_single_interval_comes_back_in_a_new_array()
    {
        (int Start, int End)[] intervals = [(3, 7)];
        var merged = Intervals.Merge(intervals);
        var given = Check.Given(intervals).Hint(3);
        given.Equal([(3, 7)], merged);
        given.That(!ReferenceEquals(merged, intervals), "a new array, not the input itself", merged);
    }

    [Theory]
    [InlineData(new[] { 5, 4 })]                    // the only interval is backwards
    [InlineData(new[] { 1, 3, 5, 4 })]              // the second one is
    [InlineData(new[] { 0, -1, 1, 3 })]             // the first one is, the rest is fine
    [InlineData(new[] { 1, 10, 2, 3, 7, 6 })]       // inside a larger valid interval
    public void An_interval_with_start_after_end_is_rejected(int[] flat)
    {
        var intervals = Pairs(flat);
        Check.Given(intervals).Hint(3).Throws<ArgumentException>(() => Intervals.Merge(intervals), "intervals");
    }

    [Fact]
    public void A_null_array_is_rejected()
    {
        (int Start, int End)[]? intervals = null;
        Check.Given(intervals).Throws<ArgumentNullException>(() => Intervals.Merge(intervals!), "intervals");
    }

    [Fact]
    public void The_input_is_not_modified()
    {
        (int Start, int End)[] intervals = [(8, 10), (1, 3), (15, 18), (2, 6)];
        Check.Given(intervals).Hint(1).Unchanged(() => Intervals.Merge(intervals));
    }
}
