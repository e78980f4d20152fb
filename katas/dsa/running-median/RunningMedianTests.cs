using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class RunningMedianTests
{
    // Adds the values one by one and checks the median after each against `expected`.
    private static void AddAndCheck(int[] values, double[] expected, int hint)
    {
        var stream = new RunningMedian();
        for (int i = 0; i < values.Length; i++)
        {
            int[] added = values[..(i + 1)];
            stream.Add(values[i]);
            Check.Given(added).Hint(hint).Near(expected[i], stream.Median);
        }
    }

    [Fact]
    public void Worked_example_from_the_readme()
    {
        // [5] 5; [5, 15] (5+15)/2 = 10; [1, 5, 15] 5; [1, 3, 5, 15] (3+5)/2 = 4; [1, 3, 5, 8, 15] 5.
        AddAndCheck([5, 15, 1, 3, 8], [5, 10, 5, 4, 5], hint: 2);
    }

    [Fact]
    public void Even_counts_average_the_two_middle_values()
    {
        // [1] 1; [1, 2] 1.5; [1, 2, 4] 2; [1, 2, 4, 7] (2+4)/2 = 3; [0, 1, 2, 4, 7] 2; [0, 1, 2, 4, 7, 8] (2+4)/2 = 3.
        // And [-3] -3; [-3, 0] -1.5: the mean keeps its fraction below zero too.
        AddAndCheck([1, 2, 4, 7, 0, 8], [1, 1.5, 2, 3, 2, 3], hint: 3);
        AddAndCheck([-3, 0], [-3, -1.5], hint: 3);
    }

    [Fact]
    public void Rising_values()
    {
        // After adding 1..k the median is (1 + k) / 2.
        AddAndCheck([1, 2, 3, 4, 5, 6, 7, 8], [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5], hint: 2);
    }

    [Fact]
    public void Falling_values()
    {
        // After adding 10 down to 11 - k the median is (10 + 11 - k) / 2.
        AddAndCheck([10, 9, 8, 7, 6, 5, 4, 3], [10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5], hint: 2);
    }

    [Fact]
    public void Alternating_extremes()
    {
        // [50] 50; [0, 50] 25; [0, 50, 100] 50; [0, 1, 50, 100] 25.5; [0, 1, 50, 99, 100] 50;
        // [0, 1, 2, 50, 99, 100] 26; [0, 1, 2, 50, 98, 99, 100] 50.
        AddAndCheck([50, 0, 100, 1, 99, 2, 98], [50, 25, 50, 25.5, 50, 26, 50], hint: 2);
    }

    [Fact]
    public void Repeated_values()
    {
        // [2] 2; [2, 2] 2; [2, 2, 2] 2; [1, 2, 2, 2] 2; [1, 1, 2, 2, 2] 2; [1, 1, 1, 2, 2, 2] 1.5.
        AddAndCheck([2, 2, 2, 1, 1, 1], [2, 2, 2, 2, 2, 1.5], hint: 2);
    }

    [Fact]
    public void Large_values_do_not_overflow()
    {
        // (2147483647 + 2147483645) / 2 = 2147483646, exactly representable as a double.
        AddAndCheck([int.MaxValue, int.MaxValue - 2], [int.MaxValue, int.MaxValue - 1], hint: 3);
        // (-2147483648 + -2147483648) / 2 = -2147483648.
        AddAndCheck([int.MinValue, int.MinValue], [int.MinValue, int.MinValue], hint: 3);
    }

    [Fact]
    public void Int_min_is_an_ordinary_value()
    {
        // [MIN] MIN; [MIN, 0] MIN / 2 = -1073741824; [MIN, -5, 0] -5; [MIN, -5, 0, 3] (-5+0)/2 = -2.5.
        AddAndCheck([int.MinValue, 0, -5, 3], [int.MinValue, -1073741824, -5, -2.5], hint: 3);
    }

    [Fact]
    public void Reading_the_median_changes_nothing()
    {
        var stream = new RunningMedian();
        stream.Add(4);
        stream.Add(1);
        stream.Add(9);
        string added = "Add(4); Add(1); Add(9)";
        var given = Check.Given(added).Hint(2);
        given.Near(4, stream.Median);
        given.Near(4, stream.Median);
        stream.Add(6);
        given.Near(5, stream.Median);   // [1, 4, 6, 9]: (4 + 6) / 2
    }

    [Fact]
    public void Median_of_nothing_is_undefined()
    {
        var stream = new RunningMedian();
        string setup = "new RunningMedian(), nothing added";
        Check.Given(setup).Throws<InvalidOperationException>(() => _ = stream.Median);
    }

    [Fact]
    public void A_median_after_each_of_30000_values()
    {
        // The values are i * 7919 mod 30,000 for i = 0..29,999: 7919 is prime and does not divide
        // 30,000, so this is a shuffled 0..29,999, and the final median is (14,999 + 15,000) / 2.
        // Sorting on every read costs 30,000 sorts of up to 30,000 values.
        const int n = 30_000;
        double last = double.NaN;
        var given = Check.Given(n).Hint(1);
        given.Within(TimeSpan.FromSeconds(1), "O(log n) per Add", () =>
        {
            var stream = new RunningMedian();
            for (int i = 0; i < n; i++)
            {
                stream.Add((int)((long)i * 7919 % n));
                last = stream.Median;
            }
        });
        given.Near(14_999.5, last);
    }
}
