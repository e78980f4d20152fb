using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class ActivationsTests
{
    // Softmax([1, 2, 3]) by hand: e^1 = 2.718281828, e^2 = 7.389056099, e^3 = 20.085536923,
    // sum = 30.192874850, so [2.718/30.193, 7.389/30.193, 20.086/30.193]
    // = [0.09003057317, 0.24472847105, 0.66524095577].
    private static double[] SoftmaxOf123 => [0.09003057317038046, 0.24472847105479767, 0.6652409557748219];

    // LogSumExp([1, 2, 3]) = 3 + ln(1 + e^-1 + e^-2) = 3 + ln(1.503214724) = 3.40760596444.
    private const double LogSumExpOf123 = 3.4076059644443806;

    [Theory]
    [InlineData(0.0, 0.5)]                    // 1 / (1 + e^0) = 1/2
    [InlineData(2.0, 0.8807970779778823)]     // 1 / (1 + 0.135335283) = 0.880797078
    [InlineData(-2.0, 0.11920292202211755)]   // 1 / (1 + 7.389056099) = 0.119202922
    [InlineData(40.0, 1.0)]                   // 1 - 4.2e-18 rounds to 1
    public void Sigmoid_matches_the_formula(double z, double expected)
    {
        Check.Given(z).Hint(1).Near(expected, Activations.Sigmoid(z));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(3.0)]
    [InlineData(25.0)]
    public void Sigmoid_is_symmetric(double z)
    {
        // sigma(-z) = e^-z / (1 + e^-z) = 1 - sigma(z)
        double positive = Activations.Sigmoid(z), negative = Activations.Sigmoid(-z);
        Check.Given(z).Hint(1).Near(1.0 - positive, negative);
    }

    [Theory]
    [InlineData(1000.0, 1.0)]       // 1 / (1 + e^-1000): e^-1000 underflows to 0, so exactly 1
    [InlineData(-1000.0, 0.0)]      // e^-1000 ~ 5e-435 is below the smallest double: 0
    [InlineData(1e4, 1.0)]
    [InlineData(-1e4, 0.0)]
    [InlineData(710.0, 1.0)]        // e^710 is already past double.MaxValue (~e^709.78)
    [InlineData(1e300, 1.0)]
    [InlineData(-1e300, 0.0)]
    public void Sigmoid_stays_finite_for_huge_inputs(double z, double expected)
    {
        Check.Given(z).Hint(2).Near(expected, Activations.Sigmoid(z));
    }

    [Theory]
    [InlineData(3.5, 3.5)]
    [InlineData(-2.0, 0.0)]
    [InlineData(0.0, 0.0)]
    [InlineData(1e4, 1e4)]
    [InlineData(-1e4, 0.0)]
    public void Relu_keeps_positive_values_and_zeroes_the_rest(double z, double expected)
    {
        Check.Given(z).Hint(1).Near(expected, Activations.Relu(z));
    }

    [Fact]
    public void Softmax_normalises_exponentials()
    {
        double[] logits = [1.0, 2.0, 3.0];
        Check.Given(logits).Hint(1).Near(SoftmaxOf123, Activations.Softmax(logits));
    }

    [Fact]
    public void Softmax_of_equal_logits_is_uniform()
    {
        // e^c / (4 e^c) = 1/4 whatever c is.
        double[] logits = [7.0, 7.0, 7.0, 7.0];
        Check.Given(logits).Hint(1).Near([0.25, 0.25, 0.25, 0.25], Activations.Softmax(logits));
    }

    [Fact]
    public void Softmax_of_one_logit_is_one()
    {
        double[] logits = [-3.25];
        Check.Given(logits).Hint(1).Near([1.0], Activations.Softmax(logits));
    }

    [Theory]
    [InlineData(10000.0)]     // e^10000 overflows: without a shift this is Infinity / Infinity = NaN
    [InlineData(-10002.0)]    // e^-10000 underflows: without a shift this is 0 / 0 = NaN
    [InlineData(1000.0)]
    public void Softmax_is_unchanged_by_a_large_shift(double offset)
    {
        // Softmax(z + c) = e^c e^z / (e^c sum e^z) = Softmax(z): the same answer as [1, 2, 3]
        // (offsets are whole numbers, so z + c is exact).
        double[] logits = [offset + 1.0, offset + 2.0, offset + 3.0];
        Check.Given(logits).Hint(2).Near(SoftmaxOf123, Activations.Softmax(logits));
    }

    [Fact]
    public void Softmax_of_widely_spread_logits_puts_all_mass_on_the_largest()
    {
        // e^(-10000 - 10000) = e^-20000 underflows to 0, so the probabilities are exactly [1, 0, 0],
        // and the sum is still 1. Shifting by the minimum instead would overflow e^20000.
        double[] logits = [1e4, -1e4, -1e4];
        var probabilities = Activations.Softmax(logits);
        var given = Check.Given(logits).Hint(2);
        given.Near([1.0, 0.0, 0.0], probabilities);
        given.Near(1.0, probabilities.Sum());
    }

    [Fact]
    public void LogSumExp_matches_the_formula()
    {
        double[] values = [1.0, 2.0, 3.0];
        Check.Given(values).Hint(1).Near(LogSumExpOf123, Activations.LogSumExp(values));
    }

    [Fact]
    public void LogSumExp_of_one_value_is_that_value()
    {
        double[] values = [-12.5];
        Check.Given(values).Hint(1).Near(-12.5, Activations.LogSumExp(values));
    }

    [Theory]
    [InlineData(1000.0, 1000.6931471805599)]     // ln(2 e^1000) = 1000 + ln 2; naive: ln(Infinity)
    [InlineData(-1000.0, -999.3068528194401)]    // ln(2 e^-1000) = -1000 + ln 2; naive: ln(0) = -Infinity
    [InlineData(10000.0, 10000.693147180559)]
    [InlineData(-10000.0, -9999.306852819441)]
    public void LogSumExp_stays_finite_for_large_values(double value, double expected)
    {
        double[] values = [value, value];
        Check.Given(values).Hint(2).Near(expected, Activations.LogSumExp(values));
    }

    [Fact]
    public void LogSumExp_of_a_large_shift_is_shifted()
    {
        // LSE(z + c) = c + LSE(z): 10000 + 3.40760596444 (a relative tolerance applies above 1).
        double[] values = [10001.0, 10002.0, 10003.0];
        Check.Given(values).Hint(2).Near(10000.0 + LogSumExpOf123, Activations.LogSumExp(values));
    }

    [Fact]
    public void LogSumExp_is_dominated_by_a_far_larger_value()
    {
        // 1e4 + ln(1 + e^-20000) = 1e4 exactly in double.
        double[] values = [-1e4, 1e4];
        Check.Given(values).Hint(2).Near(1e4, Activations.LogSumExp(values));
    }

    [Theory]
    [InlineData(2, 0.4076059644443806)]   // LSE - z_2 = 3.40760596444 - 3
    [InlineData(1, 1.4076059644443806)]   // 3.40760596444 - 2
    [InlineData(0, 2.4076059644443806)]   // 3.40760596444 - 1
    public void SoftmaxCrossEntropy_is_the_negative_log_probability_of_the_target(int target, double expected)
    {
        double[] logits = [1.0, 2.0, 3.0];
        Check.Given(logits, target).Hint(1).Near(expected, Activations.SoftmaxCrossEntropy(logits, target));
    }

    [Fact]
    public void SoftmaxCrossEntropy_of_a_confident_right_answer_is_zero()
    {
        // LSE([1e4, -1e4]) = 1e4 + ln(1 + e^-20000) = 1e4, minus z_0 = 1e4: 0.
        double[] logits = [1e4, -1e4];
        Check.Given(logits).Hint(3).Near(0.0, Activations.SoftmaxCrossEntropy(logits, 0));
    }

    [Fact]
    public void SoftmaxCrossEntropy_of_a_confident_wrong_answer_is_large_but_finite()
    {
        // The target's probability e^-20000 underflows to 0, so -ln(Softmax[1]) would be +Infinity;
        // the loss is LSE - z_1 = 1e4 - (-1e4) = 20000.
        double[] logits = [1e4, -1e4];
        Check.Given(logits).Hint(3).Near(20000.0, Activations.SoftmaxCrossEntropy(logits, 1));
    }

    [Fact]
    public void SoftmaxCrossEntropy_is_unchanged_by_a_large_shift()
    {
        // Shifting every logit by 10000 leaves the loss of [1, 2, 3] at target 1: 1.40760596444.
        double[] logits = [10001.0, 10002.0, 10003.0];
        Check.Given(logits).Hint(3).Near(1.4076059644443806, Activations.SoftmaxCrossEntropy(logits, 1), 1e-9);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Target_outside_the_classes_is_rejected(int target)
    {
        double[] logits = [1.0, 2.0, 3.0];
        Check.Given(logits, target).Throws<ArgumentOutOfRangeException>(() => Activations.SoftmaxCrossEntropy(logits, target), "target");
    }

    [Fact]
    public void Empty_arrays_are_rejected()
    {
        double[] logits = [], values = [];
        var given = Check.Given(logits, values);
        given.Throws<ArgumentException>(() => Activations.Softmax(logits), "logits");
        given.Throws<ArgumentException>(() => Activations.LogSumExp(values), "values");
        // Empty is checked before the range of target, so it is reported under "logits".
        given.Throws<ArgumentException>(() => Activations.SoftmaxCrossEntropy(logits, 0), "logits");
    }

    [Fact]
    public void Null_arrays_are_rejected()
    {
        double[] logits = null!, values = null!;
        var given = Check.Given(logits, values);
        given.Throws<ArgumentNullException>(() => Activations.Softmax(logits), "logits");
        given.Throws<ArgumentNullException>(() => Activations.LogSumExp(values), "values");
        given.Throws<ArgumentNullException>(() => Activations.SoftmaxCrossEntropy(logits, 0), "logits");
    }

    [Fact]
    public void Inputs_are_not_modified_and_softmax_returns_a_new_array()
    {
        double[] logits = [3.0, 1.0, 2.0, 10000.0];
        var given = Check.Given(logits);
        given.Unchanged(() => Activations.Softmax(logits));
        given.Unchanged(() => Activations.LogSumExp(logits));
        given.Unchanged(() => Activations.SoftmaxCrossEntropy(logits, 1));
        var probabilities = Activations.Softmax(logits);
        given.That(!ReferenceEquals(probabilities, logits), "Softmax returns a new array, not its input", probabilities);
    }
}
