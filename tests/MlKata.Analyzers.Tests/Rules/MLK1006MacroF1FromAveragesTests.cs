using MlKata.Analyzers.Metrics;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Metrics.MacroF1FromAveragesAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1006MacroF1FromAveragesTests
{
    [Fact]
    public Task Flags_the_harmonic_mean_of_averaged_precision_and_recall() => Verify.VerifyAsync("""
        static class M
        {
            public static double MacroF1(int[] tp, int[] predicted, int[] actual)
            {
                double precisionSum = 0, recallSum = 0;
                for (int c = 0; c < tp.Length; c++)
                {
                    precisionSum += predicted[c] == 0 ? 0 : (double)tp[c] / predicted[c];
                    recallSum += actual[c] == 0 ? 0 : (double)tp[c] / actual[c];
                }
                double precision = precisionSum / tp.Length, recall = recallSum / tp.Length;
                return precision + recall == 0 ? 0 : [|2 * precision * recall / (precision + recall)|];
            }
        }
        """);

    [Fact]
    public Task Flags_linq_averages_calls_and_the_f_beta_form() => Verify.VerifyAsync("""
        static class M
        {
            static double MacroPrecision(int[] tp, int[] predicted) => 0.5;
            static double MacroRecall(int[] tp, int[] actual) => 0.5;

            public static double MacroF1(double[] perClassPrecision, double[] perClassRecall)
            {
                double p = perClassPrecision.Average();
                double r = perClassRecall.Average();
                return [|2.0 * p * r / (p + r)|];
            }

            public static double MacroFBeta(int[] tp, int[] predicted, int[] actual, double beta)
            {
                double b2 = beta * beta;
                return [|(1 + b2) * MacroPrecision(tp, predicted) * MacroRecall(tp, actual) / (b2 * MacroPrecision(tp, predicted) + MacroRecall(tp, actual))|];
            }

            public static double F1Macro(double[] ps, double[] rs)
            {
                double macroPrecision = ps.Average(), macroRecall = rs.Average();
                return [|2 * macroRecall * macroPrecision / (macroRecall + macroPrecision)|];
            }
        }
        """);

    [Fact]
    public Task Quiet_on_per_class_f1_in_a_loop_a_lambda_or_a_helper() => Verify.VerifyAsync("""
        static class M
        {
            public static double MacroF1(int[] tp, int[] predicted, int[] actual)
            {
                double sum = 0;
                for (int c = 0; c < tp.Length; c++)
                {
                    double precision = predicted[c] == 0 ? 0 : (double)tp[c] / predicted[c];
                    double recall = actual[c] == 0 ? 0 : (double)tp[c] / actual[c];
                    sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                }
                return sum / tp.Length;
            }

            public static double MacroF1(double[] precision, double[] recall) =>
                Enumerable.Range(0, precision.Length)
                    .Select(c => precision[c] + recall[c] == 0 ? 0 : 2 * precision[c] * recall[c] / (precision[c] + recall[c]))
                    .Average();

            public static double MacroF1Score(double[] ps, double[] rs)
            {
                double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
                double sum = 0;
                foreach (var (p, r) in ps.Zip(rs)) sum += F1(p, r);
                return sum / ps.Length;
            }

            public static double MacroF1(double p, double r) => 2 * p * r / (p + r);
        }
        """);

    [Fact]
    public Task Quiet_outside_a_macro_f1_member() => Verify.VerifyAsync("""
        static class M
        {
            public static double F1(double[] ps, double[] rs)
            {
                double precision = ps[0], recall = rs[0];
                return 2 * precision * recall / (precision + recall);
            }

            public static double MicroF1(double[] ps, double[] rs)
            {
                double precision = ps.Sum(), recall = rs.Sum();
                return 2 * precision * recall / (precision + recall);
            }

            public static double MacroScore(double[] ps, double[] rs)
            {
                double precision = ps.Average(), recall = rs.Average();
                return 2 * precision * recall / (precision + recall);
            }
        }
        """);

    [Fact]
    public Task Quiet_and_never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static double MacroF1(double[] ps, double[] rs)
            {
                double precision = ps.Average(), recall = rs.Average();
                return 2 * precision * recall / (precision +
            }

            public static double MacroF1(double[] ps)
            {
                double precision = ps.Average();
                return 2 * precision * recall / (precision + recall);
            }
        }
        """, allowCompilerErrors: true);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page() =>
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1006.md", MacroF1FromAveragesAnalyzer.Rule.HelpLinkUri);
}
