using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class MovingAverageTests
{
    public static TheoryData<double[], int, double[]> Averages => new()
    {
        // (1 + 2) / 2, (2 + 3) / 2, (3 + 4) / 2, (4 + 5) / 2
        { [1, 2, 3, 4, 5], 2, [1.5, 2.5, 3.5, 4.5] },
        // (2 + 4 + 6) / 3 = 4, (4 + 6 + 8) / 3 = 6
        { [2, 4, 6, 8], 3, [4, 6] },
        // A negative and a zero: (-3 + 0) / 2, (0 + 3) / 2
        { [-3, 0, 3], 2, [-1.5, 1.5] },
    };

    [Theory]
    [MemberData(nameof(Averages))]
    public void Averages_every_full_window(double[] values, int window, double[] expected)
    {
        Check.Given(values, window).Hint(1).Near(expected, MovingAverage.Simple(values, window));
    }

    [Fact]
    public void A_window_as_long_as_the_series_gives_one_average()
    {
        double[] values = [1, 2, 3, 4, 5];
        Check.Given(values, 5).Hint(1).Near([3.0], MovingAverage.Simple(values, 5)); // 15 / 5
    }

    [Fact]
    public void A_window_of_one_copies_the_series()
    {
        double[] values = [7, -1, 0.5];
        Check.Given(values, 1).Hint(1).Near([7, -1, 0.5], MovingAverage.Simple(values, 1));
    }

    [Fact]
    public void A_long_series_is_averaged_in_linear_time()
    {
        // 1,000,000 values 0, 1, 2, ...: the window starting at s averages s .. s + 9,999, which is
        // s + 4,999.5 (every sum is an integer below 2^53, so exact). Summing every window again is
        // 1e10 additions, many seconds; a running sum is 2e6, a few milliseconds.
        const int n = 1_000_000, window = 10_000;
        var values = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        var expected = Enumerable.Range(0, n - window + 1).Select(s => s + 4_999.5).ToArray();
        double[] actual = [];
        Check.Given(n, window).Hint(2).Within(TimeSpan.FromSeconds(2), "O(n)", () => actual = MovingAverage.Simple(values, window));
        Check.Given(n, window).Hint(2).Near(expected, actual, 1e-6);
    }

    [Fact]
    public void The_series_is_not_modified()
    {
        double[] values = [3, 1, 2];
        Check.Given(values).Unchanged(() => MovingAverage.Simple(values, 2));
    }

    [Fact]
    public void A_null_series_is_rejected()
    {
        double[]? values = null;
        Check.Given(values).Throws<ArgumentNullException>(() => MovingAverage.Simple(values!, 1), "values");
    }

    [Fact]
    public void An_empty_series_is_rejected()
    {
        double[] values = [];
        Check.Given(values).Throws<ArgumentException>(() => MovingAverage.Simple(values, 1), "values");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    [InlineData(4)] // longer than the series
    public void A_window_out_of_range_is_rejected(int window)
    {
        double[] values = [1, 2, 3];
        Check.Given(values, window).Throws<ArgumentOutOfRangeException>(() => MovingAverage.Simple(values, window), "window");
    }
}
