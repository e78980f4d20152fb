using MlKata.Analyzers.CodeFixes;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Metrics.RecallDenominatorAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1002RecallDenominatorTests
{
    [Fact]
    public Task Flags_tp_over_tp_plus_fp_in_Recall() => Verify.VerifyAsync("""
        static class M
        {
            public static double Recall(int tp, int fp, int fn)
            {
                if (tp + fp == 0) return 0;
                return (double)tp / ([|tp + fp|]);
            }
        }
        """);

    [Fact]
    public Task Flags_count_style_names() => Verify.VerifyAsync("""
        static class M
        {
            public static double RecallScore(int numTp, int numFp) => numTp / (double)([|numFp + numTp|]);
        }
        """);

    [Fact]
    public Task Quiet_on_correct_recall_and_on_precision() => Verify.VerifyAsync("""
        static class M
        {
            public static double Recall(int tp, int fp, int fn) => tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            public static double Precision(int tp, int fp, int fn) => (double)tp / (tp + fp);
            public static double Recall(int tp, int fp, int fn, int tn) => (double)(tp + fp) / (tp + fp + fn + tn);
            public static double Recall(double fp, double tp) => fp / (tp + fp);
        }
        """);

    [Fact]
    public Task Never_throws_on_half_typed_code_and_flags_only_a_finished_denominator() => Verify.VerifyAsync("""
        static class M
        {
            public static double Recall(int tp, int fp) => tp / (tp +
            public static double Recall(int tp, int fp, int fn) => tp / ([|tp + fp|]
            public static double Recall(int tp, int fp, int fn, int tn) => tp / (
        """, allowCompilerErrors: true);

    [Fact]
    public Task Code_fix_swaps_fp_for_fn() => Verify.VerifyCodeFixAsync<SwapConfusionTermCodeFix>("""
        static class M
        {
            public static double Recall(int truePositives, int falsePositives, int falseNegatives) =>
                (double)truePositives / ([|truePositives + falsePositives|]);
        }
        """, """
        static class M
        {
            public static double Recall(int truePositives, int falsePositives, int falseNegatives) =>
                (double)truePositives / (truePositives + falseNegatives);
        }
        """);
}
