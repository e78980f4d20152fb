using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class SlidingWindowTests
{
    [Fact]
    public void Worked_example_from_the_readme()
    {
        // Windows of 3: [1,3,-1] 3, [3,-1,-3] 3, [-1,-3,5] 5, [-3,5,3] 5, [5,3,6] 6, [3,6,7] 7.
        int[] values = [1, 3, -1, -3, 5, 3, 6, 7];
        int window = 3;
        Check.Given(values, window).Hint(2).Equal([3, 3, 5, 5, 6, 7], SlidingWindow.Max(values, window));
    }

    [Fact]
    public void A_maximum_leaves_when_the_window_moves_past_it()
    {
        // Windows of 2: [9,1] 9, [1,2] 2, [2,3] 3. The 9 must be gone by the second window.
        int[] values = [9, 1, 2, 3];
        int window = 2;
        Check.Given(values, window).Hint(3).Equal([9, 2, 3], SlidingWindow.Max(values, window));
    }

    [Fact]
    public void A_larger_value_displaces_several_smaller_ones()
    {
        // Windows of 3: [2,1,5] 5, [1,5,4] 5, [5,4,3] 5, [4,3,2] 4. When 5 arrives, both 2 and 1
        // before it are out of the running.
        int[] values = [2, 1, 5, 4, 3, 2];
        int window = 3;
        Check.Given(values, window).Hint(2).Equal([5, 5, 5, 4], SlidingWindow.Max(values, window));
    }

    [Fact]
    public void Falling_values_each_take_their_turn()
    {
        // Windows of 2 over a falling sequence: each window's maximum is its first value.
        int[] values = [8, 6, 4, 2, 0];
        int window = 2;
        Check.Given(values, window).Hint(3).Equal([8, 6, 4, 2], SlidingWindow.Max(values, window));
    }

    [Fact]
    public void Repeated_values()
    {
        // Windows of 2: [4,4] 4, [4,4] 4, [4,2] 4, [2,4] 4, [4,1] 4, [1,1] 1.
        int[] values = [4, 4, 4, 2, 4, 1, 1];
        int window = 2;
        Check.Given(values, window).Hint(2).Equal([4, 4, 4, 4, 4, 1], SlidingWindow.Max(values, window));
    }

    [Fact]
    public void Negative_values_and_int_min()
    {
        // Windows of 2: [-5,-2] -2, [-2,-9] -2, [-9,MIN] -9, [MIN,MIN] MIN.
        int[] values = [-5, -2, -9, int.MinValue, int.MinValue];
        int window = 2;
        Check.Given(values, window).Hint(2).Equal([-2, -2, -9, int.MinValue], SlidingWindow.Max(values, window));
    }

    [Fact]
    public void Window_of_one_is_a_new_copy()
    {
        int[] values = [3, -1, 4, 1, 5];
        int window = 1;
        var given = Check.Given(values, window).Hint(3);
        int[] result = SlidingWindow.Max(values, window);
        given.Equal([3, -1, 4, 1, 5], result);
        given.That(!ReferenceEquals(result, values), "a new array, not the input itself");
    }

    [Fact]
    public void Window_of_the_whole_array_gives_one_value()
    {
        int[] values = [3, -1, 4, 1, 5, 9, 2, 6];
        int window = 8;
        Check.Given(values, window).Hint(3).Equal([9], SlidingWindow.Max(values, window));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    [InlineData(5)]   // one more than the length
    public void Window_must_be_between_one_and_the_length(int window)
    {
        int[] values = [1, 2, 3, 4];
        Check.Given(values, window).Throws<ArgumentOutOfRangeException>(() => SlidingWindow.Max(values, window), "window");
    }

    [Fact]
    public void Empty_values_are_rejected_before_the_window()
    {
        // Any window is out of range for an empty array, but emptiness is reported first.
        int[] values = [];
        int window = 1;
        Check.Given(values, window).Throws<ArgumentException>(() => SlidingWindow.Max(values, window), "values");
    }

    [Fact]
    public void Null_values_are_rejected()
    {
        int[] values = null!;
        int window = 1;
        Check.Given(values, window).Throws<ArgumentNullException>(() => SlidingWindow.Max(values, window), "values");
    }

    [Fact]
    public void Values_are_not_modified()
    {
        int[] values = [1, 3, -1, -3, 5, 3, 6, 7];
        int window = 3;
        Check.Given(values, window).Unchanged(() => SlidingWindow.Max(values, window));
    }

    [Fact]
    public void Large_windows_in_linear_time()
    {
        // 100,000 falling values n, n-1, ..., 1 and a window of 50,000: each window's maximum is
        // its first value, so the answer is values[0 .. 50,000]. Rescanning every window costs
        // 50,001 x 50,000 = 2.5 x 10^9 steps (even rescanning only when the maximum leaves,
        // since here it leaves at every step).
        int n = 100_000, window = 50_000;
        int[] values = Enumerable.Range(0, n).Select(i => n - i).ToArray();
        int[] expected = values[..(n - window + 1)];
        int[]? result = null;
        var given = Check.Given(n, window).Hint(1);
        given.Within(TimeSpan.FromSeconds(1), "O(n)", () => result = SlidingWindow.Max(values, window));
        given.Equal(expected, result);
    }
}
