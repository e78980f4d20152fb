using MlKata.Analyzers.Metrics;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Metrics.AccuracyDenominatorAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1005AccuracyDenominatorTests
{
    [Fact]
    public Task Flags_a_sum_of_cells_that_leaves_one_out() => Verify.VerifyAsync("""
        static class M
        {
            public static double Accuracy(int tp, int fp, int fn, int tn) => (double)(tp + tn) / ([|tp + fp + tn|]);
            public static double Accuracy(int tp, int fp, int fn) => (double)tp / ([|tp + fp + fn|]);
            public static double AccuracyScore(int tp, int fp, int fn, int tn) => (tn + tp) / (double)([|fn + tp + tn|]);
        }
        """);

    [Fact]
    public Task Flags_tuple_members_and_names_the_missing_cell() => Verify.VerifyAsync("""
        static class M
        {
            static (int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives) Counts() => (1, 2, 3, 4);

            public static double Accuracy()
            {
                var c = Counts();
                return (double)(c.TruePositives + c.TrueNegatives) / ({|MLK1005:c.TruePositives + c.FalsePositives + c.FalseNegatives|});
            }
        }
        """);

    [Fact]
    public void Message_names_the_cells_left_out()
    {
        string message = string.Format(AccuracyDenominatorAnalyzer.Rule.MessageFormat.ToString(), "tp + fp + fn", "the true negatives");
        Assert.Equal("accuracy denominator 'tp + fp + fn' leaves out the true negatives; accuracy is the share of right predictions among all of them", message);
    }

    [Fact]
    public Task Quiet_on_correct_accuracy() => Verify.VerifyAsync("""
        static class M
        {
            public static double Accuracy(int tp, int fp, int fn, int tn) => (double)(tp + tn) / (tp + fp + fn + tn);
            public static double Accuracy(int tp, int tn, int[] yTrue) => (double)(tp + tn) / yTrue.Length;
            public static double Accuracy(int tp, int tn, long total) => (double)(tp + tn) / total;
            public static double Accuracy(int correct, int fp, int fn) => (double)correct / (correct + fp + fn);
        }
        """);

    [Fact]
    public Task Quiet_on_other_metrics_and_balanced_accuracy() => Verify.VerifyAsync("""
        static class M
        {
            public static double Jaccard(int tp, int fp, int fn) => (double)tp / (tp + fp + fn);
            public static double Precision(int tp, int fp) => (double)tp / (tp + fp);
            public static double BalancedAccuracy(int tp, int fp, int fn, int tn) => 0.5 * ((double)tp / (tp + fn) + (double)tn / (tn + fp));
            public static double AccuracyParts(int tp, int fp, int fn, int tn) => (double)tp / (tp + fn) + (double)tn / (tn + fp);
        }
        """);

    [Fact]
    public Task Quiet_and_never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static double Accuracy(int tp, int fp, int tn) => (double)(tp + tn) / (tp + fp +
            public static double Accuracy(int tp, int tn) => (double)(tp + tn) / (tp + tn + fp);
        }
        """, allowCompilerErrors: true);
}
