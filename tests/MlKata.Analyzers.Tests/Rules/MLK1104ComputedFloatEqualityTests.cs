using MlKata.Analyzers.Numerics;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Numerics.ComputedFloatEqualityAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1104ComputedFloatEqualityTests
{
    [Fact]
    public Task Flags_equality_between_two_computed_doubles() => Verify.VerifyAsync("""
        static class M
        {
            public static bool SameMean(double[] a, double[] b) => [|a.Sum() / a.Length == b.Sum() / b.Length|];

            public static bool IsRightTriangle(double a, double b, double c) => [|a * a + b * b == c * c|];

            public static bool Differs(double x, double y) => [|Math.Sqrt(x) != Math.Sqrt(y)|];

            public static bool SameScore(float s, float t, float w) => [|s * w == t * w|];
        }
        """);

    [Fact]
    public Task Quiet_on_constants_variables_nan_checks_and_integers() => Verify.VerifyAsync("""
        static class M
        {
            const double Target = 0.3;

            public static bool Checks(double std, double[] keys, int i, double a, double b, int n, int m)
            {
                bool zero = std == 0;
                bool zeroPoint = a * b == 0.0;
                bool constant = a + b == Target;
                bool same = keys[i] == keys[i + 1];
                bool plain = a == b;
                bool oneSide = a + b == b;
                bool nan = a != a;
                bool integers = n * 2 == m + 1;
                bool isNaN = double.IsNaN(a / b);
                return zero && zeroPoint && constant && same && plain && oneSide && nan && integers && isNaN;
            }
        }
        """);

    [Fact]
    public Task Never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static bool Same(double a, double b) => a * 2 == b *
            public static bool Other(double a, double b) => a + b == 
        """, allowCompilerErrors: true);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page() =>
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1104.md", ComputedFloatEqualityAnalyzer.Rule.HelpLinkUri);
}
