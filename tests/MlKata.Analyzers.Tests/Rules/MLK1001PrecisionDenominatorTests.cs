using MlKata.Analyzers.CodeFixes;
using MlKata.Analyzers.Metrics;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Metrics.PrecisionDenominatorAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1001PrecisionDenominatorTests
{
    [Fact]
    public Task Flags_tp_over_tp_plus_fn_in_Precision() => Verify.VerifyAsync("""
        static class M
        {
            public static double Precision(int tp, int fp, int fn) => (double)tp / ([|tp + fn|]);
        }
        """);

    [Fact]
    public Task Flags_long_names_either_order_and_tuple_members() => Verify.VerifyAsync("""
        static class M
        {
            static (int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives) Counts() => (1, 2, 3, 4);

            public static double Precision()
            {
                var c = Counts();
                return c.TruePositives / (double)([|c.FalseNegatives + c.TruePositives|]);
            }

            public static double MacroPrecision(int[] truePositives, int[] falseNegatives)
            {
                double sum = 0;
                for (int k = 0; k < truePositives.Length; k++)
                {
                    int true_positives = truePositives[k], false_negatives = falseNegatives[k];
                    sum += (double)true_positives / ([|true_positives + false_negatives|]);
                }
                return sum;
            }
        }
        """);

    [Fact]
    public Task Flags_inside_a_local_function_named_for_precision() => Verify.VerifyAsync("""
        static class M
        {
            public static double Score(int tp, int fn)
            {
                double PrecisionOf(int a, int b) => 0;
                double precision() => (double)tp / ([|tp + fn|]);
                return precision() + PrecisionOf(tp, fn);
            }
        }
        """);

    [Fact]
    public Task Quiet_on_correct_precision_and_on_recall() => Verify.VerifyAsync("""
        static class M
        {
            public static double Precision(int tp, int fp, int fn) => tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            public static double Recall(int tp, int fp, int fn) => tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            public static double PrecisionRecallBreakEven(int tp, int fp, int fn) => (double)tp / (tp + fn);
            public static double Precision(double fn, double count) => fn / (fn + count);
            public static double PrecisionAtK(bool[] relevant, int k) => (double)relevant.Take(k).Count(r => r) / k;
        }
        """);

    [Fact]
    public Task Quiet_outside_a_precision_member() => Verify.VerifyAsync("""
        static class M
        {
            public static double Sensitivity(int tp, int fn) => (double)tp / (tp + fn);
            public static double Ratio(int tp, int fn) => (double)tp / (tp + fn);
        }
        """);

    [Fact]
    public Task Quiet_and_never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static double Precision(int tp, int fp, int fn) => (double)tp / (tp +
        }
        """, allowCompilerErrors: true);

    [Fact]
    public Task Code_fix_swaps_fn_for_fp() => Verify.VerifyCodeFixAsync<SwapConfusionTermCodeFix>("""
        static class M
        {
            public static double Precision(int tp, int fp, int fn) => (double)tp / ([|tp + fn|]);
        }
        """, """
        static class M
        {
            public static double Precision(int tp, int fp, int fn) => (double)tp / (tp + fp);
        }
        """);

    [Fact]
    public Task Code_fix_swaps_members_of_the_same_receiver() => Verify.VerifyCodeFixAsync<SwapConfusionTermCodeFix>("""
        static class M
        {
            public record Counts(int TruePositives, int FalsePositives, int FalseNegatives);
            public static double Precision(Counts c) => (double)c.TruePositives / ([|c.TruePositives + c.FalseNegatives|]);
        }
        """, """
        static class M
        {
            public record Counts(int TruePositives, int FalsePositives, int FalseNegatives);
            public static double Precision(Counts c) => (double)c.TruePositives / (c.TruePositives + c.FalsePositives);
        }
        """);

    [Fact]
    public Task Code_fix_offers_nothing_when_no_fp_is_in_scope() => Verify.VerifyCodeFixAsync<SwapConfusionTermCodeFix>("""
        static class M
        {
            public static double Precision(int tp, int fn) => (double)tp / ([|tp + fn|]);
        }
        """, null);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page()
    {
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1001.md", PrecisionDenominatorAnalyzer.Rule.HelpLinkUri);
        Assert.StartsWith("precision denominator uses FN", PrecisionDenominatorAnalyzer.Rule.MessageFormat.ToString());
    }
}
