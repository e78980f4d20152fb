using MlKata.Analyzers.Metrics;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Metrics.F1ArithmeticMeanAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1003F1ArithmeticMeanTests
{
    [Fact]
    public Task Flags_the_mean_of_precision_and_recall_calls_in_F1() => Verify.VerifyAsync("""
        static class M
        {
            public static double Precision(int[] yTrue, int[] yPred) => 0.5;
            public static double Recall(int[] yTrue, int[] yPred) => 0.5;
            public static double F1(int[] yTrue, int[] yPred) => [|(Precision(yTrue, yPred) + Recall(yTrue, yPred)) / 2|];
        }
        """);

    [Fact]
    public Task Flags_locals_either_order_and_half_times_the_sum() => Verify.VerifyAsync("""
        static class M
        {
            public static double F1Score(double precision, double recall) => [|(recall + precision) / 2.0|];

            public static double FBeta(double p, double r, double beta)
            {
                double mean = [|0.5 * (p + r)|];
                return mean;
            }

            public static double f_score(double prec, double rec) => [|(prec + rec) * 0.5|];

            public static double MacroF1(double[] precision, double[] recall)
            {
                double sum = 0;
                for (int c = 0; c < precision.Length; c++) sum += [|(precision[c] + recall[c]) / 2|];
                return sum / precision.Length;
            }
        }
        """);

    [Fact]
    public Task Quiet_on_the_harmonic_mean_and_on_other_means() => Verify.VerifyAsync("""
        static class M
        {
            public static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
            public static double FBeta(double p, double r, double b) => (1 + b * b) * p * r / (b * b * p + r);
            public static double F1(double[] scores) => (scores[0] + scores[1]) / 2;
            public static double F1(double p, double r, double a) => (p + a) / 2;
            public static double F1Sum(double p, double r) => (p + r) / 3;
            public static double BalancedAccuracy(double tpr, double tnr) => (tpr + tnr) / 2;
            public static double Midpoint(double p, double r) => (p + r) / 2;
            public static double Diff1(double p, double r) => (p + r) / 2;
            public static double PrecisionRecallMean(double precision, double recall) => (precision + recall) / 2;
        }
        """);

    [Fact]
    public Task Quiet_and_never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static double F1(double p, double r) => (p + r) /
            public static double F1(double p, double r, int x) => (p + ) / 2;
            public static double F1(double p) => (p + q) / 2;
        }
        """, allowCompilerErrors: true);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page()
    {
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1003.md", F1ArithmeticMeanAnalyzer.Rule.HelpLinkUri);
        Assert.Equal("MlKata.Metrics", F1ArithmeticMeanAnalyzer.Rule.Category);
    }
}
