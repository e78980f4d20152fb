using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class DataDriftTests
{
    // expected = [0, 1, 2, 3, 4] with bins = 2: min 0, max 4, width 2.
    // Bin 0 = [0, 2) holds 0, 1; bin 1 = [2, 4] holds 2 (interior edge -> upper bin), 3 and 4 (the maximum).
    // So e = (2/5, 3/5) = (0.4, 0.6).
    private static double[] ZeroToFour => [0, 1, 2, 3, 4];

    [Fact]
    public void Worked_example()
    {
        // README: e = (0.25, 0.25, 0.25, 0.25), a = (3/8, 1/8, 1/8, 3/8) (9 clamps into the last bin).
        // PSI = 2 (0.375 - 0.25) ln(1.5) + 2 (0.125 - 0.25) ln(0.5) = 0.25 (ln 1.5 + ln 2) = 0.25 ln 3
        //     = 0.25 * 1.0986122887 = 0.2746530722
        double[] expected = [0, 1, 2, 3, 4, 5, 6, 8], actual = [0.5, 1, 1.5, 2.5, 4, 7, 7.5, 9];
        int bins = 4;
        Check.Given(expected, actual, bins).Hint(1).Near(0.2746530721670274, DataDrift.PopulationStabilityIndex(expected, actual, bins));
    }

    [Fact]
    public void Identical_samples_have_zero_drift()
    {
        double[] expected = [3.5, 1, 2, 7, 7, 4, 10, 0.5], actual = [3.5, 1, 2, 7, 7, 4, 10, 0.5];
        int bins = 3;
        Check.Given(expected, actual, bins).Hint(1).Near(0.0, DataDrift.PopulationStabilityIndex(expected, actual, bins));
    }

    [Fact]
    public void A_value_on_an_interior_edge_belongs_to_the_upper_bin()
    {
        // e = (0.4, 0.6). actual = [1, 2, 3, 4]: 1 -> bin 0, and 2 (the edge), 3, 4 -> bin 1, so a = (0.25, 0.75).
        // PSI = (0.25 - 0.4) ln(0.25/0.4) + (0.75 - 0.6) ln(0.75/0.6) = 0.15 (ln 1.25 - ln 0.625) = 0.15 ln 2 = 0.1039720771.
        // (Edges going down would give e = (0.6, 0.4), a = (0.5, 0.5) and PSI = 0.1 ln 1.5 = 0.0405.)
        double[] expected = ZeroToFour, actual = [1, 2, 3, 4];
        int bins = 2;
        Check.Given(expected, actual, bins).Hint(2).Near(0.1039720770839918, DataDrift.PopulationStabilityIndex(expected, actual, bins));
    }

    [Fact]
    public void The_maximum_belongs_to_the_last_bin()
    {
        // floor((4 - 0) / 2) = 2 is one past the last bin and is clamped to 1.
        // actual: 0, 1 -> bin 0; 4, 4, 4 -> bin 1: a = (0.4, 0.6) = e, PSI = 0.
        double[] expected = ZeroToFour, actual = [0, 4, 4, 4, 1];
        int bins = 2;
        Check.Given(expected, actual, bins).Hint(2).Near(0.0, DataDrift.PopulationStabilityIndex(expected, actual, bins));
    }

    [Fact]
    public void Actual_values_outside_the_expected_range_go_to_the_end_bins()
    {
        // -10 and -1 clamp to bin 0; 100, 7 and 5 clamp to bin 1: a = (0.4, 0.6) = e, PSI = 0.
        // Dropping them (as a histogram with fixed edges does) would leave nothing to compare.
        double[] expected = ZeroToFour, actual = [-10, -1, 100, 7, 5];
        int bins = 2;
        Check.Given(expected, actual, bins).Hint(2).Near(0.0, DataDrift.PopulationStabilityIndex(expected, actual, bins));
    }

    [Fact]
    public void Shares_are_fractions_of_each_samples_own_length()
    {
        // actual has 10 values: 0, 1, 0, 1 -> bin 0 (4/10 = 0.4); 2, 2, 3, 4, 4, 3 -> bin 1 (6/10 = 0.6). a = e, PSI = 0.
        double[] expected = ZeroToFour, actual = [0, 1, 2, 2, 3, 4, 0, 4, 1, 3];
        int bins = 2;
        Check.Given(expected, actual, bins).Hint(1).Near(0.0, DataDrift.PopulationStabilityIndex(expected, actual, bins));
    }

    [Fact]
    public void An_empty_actual_bin_is_floored_at_1e_4_and_not_renormalised()
    {
        // a = (0 -> 1e-4, 1.0), e = (0.4, 0.6); the floored shares add up to 1.0001 and stay so.
        // PSI = (1e-4 - 0.4) ln(1e-4 / 0.4) + (1 - 0.6) ln(1 / 0.6)
        //     = (-0.3999)(ln 2.5 - 4 ln 10) + 0.4 ln(5/3) = 0.3999 * 8.2940496401 + 0.4 * 0.5108256238
        //     = 3.3167904511 + 0.2043302495 = 3.5211207006
        double[] expected = ZeroToFour, actual = [4, 4, 4, 4];
        int bins = 2;
        Check.Given(expected, actual, bins).Hint(3).Near(3.521120700583197, DataDrift.PopulationStabilityIndex(expected, actual, bins));
    }

    [Fact]
    public void An_empty_expected_bin_is_floored_too()
    {
        // expected = [0, 0, 0, 4], bins = 4, width 1: counts 3, 0, 0, 1 -> e = (0.75, 1e-4, 1e-4, 0.25).
        // actual = [0, 1, 2, 3]: a = (0.25, 0.25, 0.25, 0.25).
        // PSI = (0.25 - 0.75) ln(1/3) + 2 (0.25 - 1e-4) ln(0.25 / 1e-4) + 0
        //     = 0.5 ln 3 + 0.4998 ln 2500 = 0.5493061443 + 0.4998 * 7.8240460109 = 0.5493061443 + 3.9104581963 = 4.4597643406
        double[] expected = [0, 0, 0, 4], actual = [0, 1, 2, 3];
        int bins = 4;
        Check.Given(expected, actual, bins).Hint(3).Near(4.45976434056003, DataDrift.PopulationStabilityIndex(expected, actual, bins));
    }

    [Fact]
    public void A_share_below_1e_4_is_floored_even_when_not_zero()
    {
        // One value in bin 0 out of 20 000: 1/20000 = 5e-5 -> 1e-4. Bin 1: 19 999/20 000 = 0.99995 (kept as is).
        // PSI = (1e-4 - 0.4) ln(2.5e-4) + (0.99995 - 0.6) ln(0.99995 / 0.6)
        //     = 3.3167904511 + 0.39995 (ln(5/3) + ln 0.99995) = 3.3167904511 + 0.39995 * 0.5107756225
        //     = 3.3167904511 + 0.2042847101 = 3.5210751612
        double[] expected = ZeroToFour;
        double[] actual = Enumerable.Repeat(3.0, 20_000).ToArray();
        actual[0] = 1.0;
        int bins = 2;
        Check.Given(expected, actual, bins).Hint(3).Near(3.5210751613020546, DataDrift.PopulationStabilityIndex(expected, actual, bins));
    }

    [Fact]
    public void One_bin_holds_everything_and_shows_no_drift()
    {
        double[] expected = ZeroToFour, actual = [-3, 100, 2];
        int bins = 1;
        Check.Given(expected, actual, bins).Hint(2).Near(0.0, DataDrift.PopulationStabilityIndex(expected, actual, bins));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Bins_below_one_are_rejected(int bins)
    {
        double[] expected = ZeroToFour, actual = [1, 2];
        Check.Given(expected, actual, bins).Throws<ArgumentException>(() => DataDrift.PopulationStabilityIndex(expected, actual, bins), "bins");
    }

    [Fact]
    public void A_constant_expected_sample_is_rejected()
    {
        // min = max = 3: the width would be 0.
        double[] expected = [3, 3, 3], actual = [1, 2, 3];
        int bins = 4;
        Check.Given(expected, actual, bins).Throws<ArgumentException>(() => DataDrift.PopulationStabilityIndex(expected, actual, bins), "expected");
    }

    [Fact]
    public void Empty_samples_are_rejected_before_bins_are_checked()
    {
        double[] empty = [], values = [1, 2, 3];
        var given = Check.Given(empty, values);
        given.Throws<ArgumentException>(() => DataDrift.PopulationStabilityIndex(empty, values, 2), "expected");
        given.Throws<ArgumentException>(() => DataDrift.PopulationStabilityIndex(values, empty, 2), "actual");
        given.Throws<ArgumentException>(() => DataDrift.PopulationStabilityIndex(empty, values, 0), "expected");
    }

    [Fact]
    public void Null_samples_are_rejected()
    {
        double[] values = [1, 2, 3];
        var given = Check.Given(values);
        given.Throws<ArgumentNullException>(() => DataDrift.PopulationStabilityIndex(null!, values, 2), "expected");
        given.Throws<ArgumentNullException>(() => DataDrift.PopulationStabilityIndex(values, null!, 2), "actual");
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        double[] expected = [4, 0, 3, 1, 2, 8], actual = [7, 3, 1, 2];
        int bins = 3;
        Check.Given(expected, actual, bins).Unchanged(() => DataDrift.PopulationStabilityIndex(expected, actual, bins));
    }
}
