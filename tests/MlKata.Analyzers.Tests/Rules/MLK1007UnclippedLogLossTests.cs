using MlKata.Analyzers.Metrics;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Metrics.UnclippedLogLossAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1007UnclippedLogLossTests
{
    [Fact]
    public Task Flags_the_textbook_formula_on_a_raw_probability() => Verify.VerifyAsync("""
        static class M
        {
            public static double Binary(int[] yTrue, double[] probabilityOfOne)
            {
                double sum = 0;
                for (int i = 0; i < yTrue.Length; i++)
                {
                    double p = probabilityOfOne[i];
                    if (!(p >= 0 && p <= 1)) throw new ArgumentException("probability", nameof(probabilityOfOne));
                    sum += -([|yTrue[i] * Math.Log(p) + (1 - yTrue[i]) * Math.Log(1 - p)|]);
                }
                return sum / yTrue.Length;
            }
        }
        """);

    [Fact]
    public Task Flags_array_elements_either_order_minus_forms_and_a_raw_sigmoid() => Verify.VerifyAsync("""
        static class M
        {
            public static double Loss(double[] y, double[] p)
            {
                double sum = 0;
                for (int i = 0; i < y.Length; i++) sum -= [|(1 - y[i]) * Math.Log(1 - p[i]) + y[i] * Math.Log(p[i])|];
                return sum / y.Length;
            }

            public static double Loss(int[] y, double[][] x, double[] w)
            {
                double total = 0;
                for (int i = 0; i < y.Length; i++)
                {
                    double z = x[i][0] * w[0];
                    double p = 1.0 / (1.0 + Math.Exp(-z));
                    total += [|-y[i] * Math.Log(p) - (1 - y[i]) * Math.Log(1 - p)|];
                }
                return total / y.Length;
            }

            public static float Loss(int[] y, float[] p, int i) => -([|y[i] * MathF.Log(p[i]) + (1 - y[i]) * MathF.Log(1 - p[i])|]);
        }
        """);

    [Fact]
    public Task Quiet_when_the_probability_is_clipped() => Verify.VerifyAsync("""
        static class M
        {
            const double Eps = 1e-15;

            public static double Clamped(int[] y, double[] probabilities)
            {
                double sum = 0;
                for (int i = 0; i < y.Length; i++)
                {
                    double p = Math.Clamp(probabilities[i], Eps, 1 - Eps);
                    sum -= y[i] * Math.Log(p) + (1 - y[i]) * Math.Log(1 - p);
                }
                return sum / y.Length;
            }

            public static double Reassigned(int[] y, double[] probabilities)
            {
                double sum = 0;
                for (int i = 0; i < y.Length; i++)
                {
                    double p = probabilities[i];
                    p = Math.Max(Eps, Math.Min(1 - Eps, p));
                    sum -= y[i] * Math.Log(p) + (1 - y[i]) * Math.Log(1 - p);
                }
                return sum / y.Length;
            }

            public static double Guarded(int[] y, double[] probabilities)
            {
                double sum = 0;
                for (int i = 0; i < y.Length; i++)
                {
                    double p = probabilities[i];
                    if (p < Eps || p > 1 - Eps) continue;
                    sum -= y[i] * Math.Log(p) + (1 - y[i]) * Math.Log(1 - p);
                }
                return sum / y.Length;
            }

            public static double ClippedInPlace(int[] y, double[] p)
            {
                for (int i = 0; i < p.Length; i++) p[i] = Math.Clamp(p[i], Eps, 1 - Eps);
                double sum = 0;
                for (int i = 0; i < y.Length; i++) sum -= y[i] * Math.Log(p[i]) + (1 - y[i]) * Math.Log(1 - p[i]);
                return sum / y.Length;
            }

            public static double Smoothed(int[] y, double[] p, int i) => y[i] * Math.Log(p[i] + Eps) + (1 - y[i]) * Math.Log(1 - p[i] + Eps);
        }
        """);

    [Fact]
    public Task Quiet_when_the_probability_comes_from_elsewhere() => Verify.VerifyAsync("""
        static class M
        {
            static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

            public static double Helper(int y, double p) => -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p));

            public static double FromACall(int[] y, double[] z, int i)
            {
                double p = Sigmoid(z[i]);
                return y[i] * Math.Log(p) + (1 - y[i]) * Math.Log(1 - p);
            }

            public static double FromAField(int[] y, int i) => y[i] * Math.Log(Field) + (1 - y[i]) * Math.Log(1 - Field);
            static double Field = 0.5;

            public static double Entropy(double p) => -(p * Math.Log(p) + (1 - p) * Math.Log(1 - p));

            public static double Mismatched(int[] y, double[] p, double[] q, int i) => y[i] * Math.Log(p[i]) + (1 - y[i]) * Math.Log(1 - q[i]);
        }
        """);

    [Fact]
    public Task Quiet_and_never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static double Binary(int[] y, double[] p, int i) => y[i] * Math.Log(p[i]) + (1 - y[i]) * Math.Log(
            public static double Binary(int[] y, double[] p) => y[i] * Math.Log(p[i]) + (1 - y[i]) * Math.Log(1 - p[i]);
            public static double Binary(int[] y, double[] p, long i) => y[i] * Math.Log() + (1 - y[i]) * Math.Log(1 - p[i]);
        }
        """, allowCompilerErrors: true);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page() =>
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1007.md", UnclippedLogLossAnalyzer.Rule.HelpLinkUri);
}
