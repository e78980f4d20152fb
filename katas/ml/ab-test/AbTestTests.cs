using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class AbTestTests
{
    // The catalog asks for p-values accurate to 1e-6 (absolute).
    private const double PTolerance = 1e-6;

    // Hand derivations. Two-sided p = 2 (1 - Phi(|Z|)), Phi from a standard normal table:
    //   Phi(0.5) = 0.691462461274  Phi(1) = 0.841344746069  Phi(1.5) = 0.933192798731
    //   Phi(2)   = 0.977249868052  Phi(2.5) = 0.993790334674 Phi(3) = 0.998650101968
    //   Phi(4)   = 0.999968328758
    [Theory]
    // Example: pA = 0.4, pB = 0.6, p = 50/100 = 0.5, SE = sqrt(0.25 (1/50 + 1/50)) = sqrt(0.01) = 0.1,
    // Z = 0.2 / 0.1 = 2, p-value = 2 (1 - 0.977249868052) = 0.045500263896
    [InlineData(20, 50, 30, 50, 2.0, 0.045500263896)]
    // pA = 0.475, pB = 0.525, p = 200/400 = 0.5, SE = sqrt(0.25 (2/200)) = 0.05, Z = 0.05 / 0.05 = 1,
    // p-value = 2 (1 - 0.841344746069) = 0.317310507862
    [InlineData(95, 200, 105, 200, 1.0, 0.317310507862)]
    // p = 200/400 = 0.5, SE = 0.05, Z = (115 - 85)/200 / 0.05 = 0.15 / 0.05 = 3, p-value = 2 (1 - 0.998650101968) = 0.002699796064
    [InlineData(85, 200, 115, 200, 3.0, 0.002699796064)]
    // Same arms, Z = 0.2 / 0.05 = 4, far in the tail: p-value = 2 (1 - 0.999968328758) = 0.000063342484
    [InlineData(80, 200, 120, 200, 4.0, 0.000063342484)]
    // p = 800/1600 = 0.5, SE = sqrt(0.25 (2/800)) = 0.025, Z = (405 - 395)/800 / 0.025 = 0.0125 / 0.025 = 0.5,
    // p-value = 2 (1 - 0.691462461274) = 0.617075077452
    [InlineData(395, 800, 405, 800, 0.5, 0.617075077452)]
    // Same arms, Z = (415 - 385)/800 / 0.025 = 0.0375 / 0.025 = 1.5, p-value = 2 (1 - 0.933192798731) = 0.133614402538
    [InlineData(385, 800, 415, 800, 1.5, 0.133614402538)]
    public void Z_uses_the_pooled_rate_and_the_p_value_is_two_sided(int conversionsA, int visitorsA, int conversionsB, int visitorsB, double z, double pValue)
    {
        var given = Check.Given(conversionsA, visitorsA, conversionsB, visitorsB).Hint(2);
        given.Near(z, AbTest.TwoProportionZTest(conversionsA, visitorsA, conversionsB, visitorsB).Z);
        given.Hint(3).Near(pValue, AbTest.TwoProportionZTest(conversionsA, visitorsA, conversionsB, visitorsB).PValue, PTolerance);
    }

    [Fact]
    public void Unequal_arms_pool_the_rate_over_all_visitors()
    {
        // pA = 30/100 = 0.3, pB = 90/200 = 0.45, pooled p = 120/300 = 0.4,
        // SE = sqrt(0.4 * 0.6 * (1/100 + 1/200)) = sqrt(0.24 * 0.015) = sqrt(0.0036) = 0.06,
        // Z = 0.15 / 0.06 = 2.5, p-value = 2 (1 - 0.993790334674) = 0.012419330652.
        // (The unpooled SE sqrt(0.3*0.7/100 + 0.45*0.55/200) = 0.05777 would give Z = 2.596.)
        int conversionsA = 30, visitorsA = 100, conversionsB = 90, visitorsB = 200;
        var given = Check.Given(conversionsA, visitorsA, conversionsB, visitorsB).Hint(1);
        given.Near(2.5, AbTest.TwoProportionZTest(conversionsA, visitorsA, conversionsB, visitorsB).Z);
        given.Hint(3).Near(0.012419330652, AbTest.TwoProportionZTest(conversionsA, visitorsA, conversionsB, visitorsB).PValue, PTolerance);
    }

    [Fact]
    public void Z_is_negative_when_B_converts_worse_and_the_p_value_is_unchanged()
    {
        // The example with the arms swapped: Z = (0.4 - 0.6) / 0.1 = -2, the same two-sided p-value.
        int conversionsA = 30, visitorsA = 50, conversionsB = 20, visitorsB = 50;
        var given = Check.Given(conversionsA, visitorsA, conversionsB, visitorsB).Hint(1);
        given.Near(-2.0, AbTest.TwoProportionZTest(conversionsA, visitorsA, conversionsB, visitorsB).Z);
        given.Hint(3).Near(0.045500263896, AbTest.TwoProportionZTest(conversionsA, visitorsA, conversionsB, visitorsB).PValue, PTolerance);
    }

    [Fact]
    public void Equal_rates_give_z_zero_and_p_value_one()
    {
        // pA = 10/100 = pB = 20/200 = 0.1: Z = 0 / SE = 0, p-value = 2 (1 - Phi(0)) = 2 (1 - 0.5) = 1.
        int conversionsA = 10, visitorsA = 100, conversionsB = 20, visitorsB = 200;
        var given = Check.Given(conversionsA, visitorsA, conversionsB, visitorsB).Hint(3);
        given.Near(0.0, AbTest.TwoProportionZTest(conversionsA, visitorsA, conversionsB, visitorsB).Z);
        given.Near(1.0, AbTest.TwoProportionZTest(conversionsA, visitorsA, conversionsB, visitorsB).PValue, PTolerance);
    }

    [Theory]
    [InlineData(0, 10, 0, 20)]   // nobody converted: pooled p = 0
    [InlineData(10, 10, 20, 20)] // everybody converted: pooled p = 1
    public void Zero_standard_error_gives_z_zero_and_p_value_one(int conversionsA, int visitorsA, int conversionsB, int visitorsB)
    {
        // SE = sqrt(p (1 - p) ...) = 0, so Z would be 0/0 = NaN; the catalog defines the answer as (0.0, 1.0).
        Check.Given(conversionsA, visitorsA, conversionsB, visitorsB).Hint(2)
            .Equal((0.0, 1.0), AbTest.TwoProportionZTest(conversionsA, visitorsA, conversionsB, visitorsB));
    }

    [Fact]
    public void A_huge_z_gives_a_p_value_of_zero_not_nan_or_negative()
    {
        // pA = 0, pB = 1, pooled p = 0.5, SE = sqrt(0.25 * 2/1000) = sqrt(0.0005), Z = 1 / sqrt(0.0005) = sqrt(2000) = 44.72135955.
        // The p-value is erfc(sqrt(1000)) < 1e-400: zero in double.
        int conversionsA = 0, visitorsA = 1000, conversionsB = 1000, visitorsB = 1000;
        var given = Check.Given(conversionsA, visitorsA, conversionsB, visitorsB).Hint(3);
        given.Near(Math.Sqrt(2000), AbTest.TwoProportionZTest(conversionsA, visitorsA, conversionsB, visitorsB).Z);
        double pValue = AbTest.TwoProportionZTest(conversionsA, visitorsA, conversionsB, visitorsB).PValue;
        given.That(pValue >= 0 && pValue <= 1e-12, "a p-value in [0, 1e-12]", pValue);
    }

    [Fact]
    public void Billions_of_visitors_do_not_overflow()
    {
        // visitorsA + visitorsB = 4e9 and conversionsA + conversionsB = 2.4e9 both exceed int.MaxValue.
        // pA = 1 199 950 000 / 2e9 = 0.599975, pB = 1 200 050 000 / 2e9 = 0.600025, pooled p = 2.4e9 / 4e9 = 0.6,
        // SE = sqrt(0.6 * 0.4 * (2 / 2e9)) = sqrt(2.4e-10), Z = 5e-5 / sqrt(2.4e-10) = sqrt(25e-10 / 2.4e-10) = sqrt(125/12)
        // = 3.2274861218; p-value = erfc(sqrt(125/24)) = 0.0012488309881 (a table gives 2 (1 - Phi(3.23)) = 0.00124).
        int conversionsA = 1_199_950_000, visitorsA = 2_000_000_000, conversionsB = 1_200_050_000, visitorsB = 2_000_000_000;
        var given = Check.Given(conversionsA, visitorsA, conversionsB, visitorsB).Hint(2);
        given.Near(Math.Sqrt(125.0 / 12.0), AbTest.TwoProportionZTest(conversionsA, visitorsA, conversionsB, visitorsB).Z);
        given.Near(0.0012488309881, AbTest.TwoProportionZTest(conversionsA, visitorsA, conversionsB, visitorsB).PValue, PTolerance);
    }

    [Theory]
    [InlineData(0, 0, 5, 10, "visitorsA")]
    [InlineData(5, 10, 0, -1, "visitorsB")]
    [InlineData(-1, 10, 5, 10, "conversionsA")]
    [InlineData(11, 10, 5, 10, "conversionsA")]
    [InlineData(5, 10, -2, 10, "conversionsB")]
    [InlineData(5, 10, 11, 10, "conversionsB")]
    public void Impossible_counts_are_rejected(int conversionsA, int visitorsA, int conversionsB, int visitorsB, string paramName)
    {
        Check.Given(conversionsA, visitorsA, conversionsB, visitorsB)
            .Throws<ArgumentOutOfRangeException>(() => AbTest.TwoProportionZTest(conversionsA, visitorsA, conversionsB, visitorsB), paramName);
    }
}
