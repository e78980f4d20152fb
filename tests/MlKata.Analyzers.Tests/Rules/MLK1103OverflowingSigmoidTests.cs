using MlKata.Analyzers.Numerics;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Numerics.OverflowingSigmoidAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1103OverflowingSigmoidTests
{
    [Fact]
    public Task Flags_exp_over_one_plus_exp_for_every_z() => Verify.VerifyAsync("""
        static class M
        {
            public static double Sigmoid(double z)
            {
                double e = Math.Exp(z);
                return [|e / (1.0 + e)|];
            }

            public static double Logistic(double z) => [|Math.Exp(z) / (Math.Exp(z) + 1)|];

            public static double Probability(double[] w, double[] x, double b)
            {
                double dot = b;
                for (int j = 0; j < w.Length; j++) dot += w[j] * x[j];
                return [|Math.Exp(dot) / (1 + Math.Exp(dot))|];
            }

            public static float SigmoidF(float z) => [|MathF.Exp(z) / (1f + MathF.Exp(z))|];
        }
        """);

    [Fact]
    public Task Quiet_when_the_sign_of_z_is_looked_at() => Verify.VerifyAsync("""
        static class M
        {
            public static double Sigmoid(double z)
            {
                if (z >= 0) return 1.0 / (1.0 + Math.Exp(-z));
                double e = Math.Exp(z);
                return e / (1.0 + e);
            }

            public static double Ternary(double z) => z < 0 ? Math.Exp(z) / (1 + Math.Exp(z)) : 1 / (1 + Math.Exp(-z));

            public static double Bounded(double z)
            {
                double e = Math.Exp(-Math.Abs(z));
                double s = e / (1 + e);
                return z >= 0 ? 1 - s : s;
            }

            public static double Clamped(double z)
            {
                z = Math.Clamp(z, -500, 500);
                return Math.Exp(z) / (1 + Math.Exp(z));
            }
        }
        """);

    [Fact]
    public Task Quiet_on_the_one_over_one_plus_exp_form_and_other_ratios() => Verify.VerifyAsync("""
        static class M
        {
            public static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));
            public static double Other(double a, double b) => Math.Exp(a) / (1 + Math.Exp(b));
            public static double Odds(double z) => Math.Exp(z) / (2 + Math.Exp(z));
            public static double Ratio(double e) => e / (1 + e);
        }
        """);

    [Fact]
    public Task Never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static double Sigmoid(double z)
            {
                double e = Math.Exp(z);
                return e / (1.0 +
            }
            public static double Logistic(double z) => Math.Exp(z) / (1 + Math.Exp(
        """, allowCompilerErrors: true);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page() =>
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1103.md", OverflowingSigmoidAnalyzer.Rule.HelpLinkUri);
}
