using MlKata.Analyzers.CodeFixes;
using MlKata.Analyzers.Metrics;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Metrics.IntegerDivisionAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1004IntegerDivisionTests
{
    [Fact]
    public Task Flags_an_int_ratio_returned_as_double() => Verify.VerifyAsync("""
        static class M
        {
            public static double Precision(int tp, int fp) => tp + fp == 0 ? 0.0 : [|tp / (tp + fp)|];

            public static double Recall(int tp, int fn)
            {
                if (tp + fn == 0) return 0;
                return [|tp / (tp + fn)|];
            }

            public static double Share(long part, int whole) => [|part / whole|];
        }
        """);

    [Fact]
    public Task Flags_an_int_ratio_stored_into_a_double() => Verify.VerifyAsync("""
        class M
        {
            private double rate;
            public float Ratio { get; set; }

            public double Run(int hits, int n, int[] counts, double[] shares)
            {
                double accuracy = [|hits / n|];
                rate = [|hits / counts.Length|];
                Ratio = [|counts[0] / n|];
                shares[0] = [|counts[0] / n|];
                double sum = 0;
                for (int i = 0; i < n; i++) sum += [|hits / (i + 1)|];
                double loss = 1 - [|hits / n|];
                double percent = [|hits * 100 / n|];
                double cast = (double)([|hits / n|]);
                double scaled = 0.5 * ([|hits / n|]) + 1;
                return accuracy + sum + loss + percent + cast + scaled;
            }

            public double Score(int correct, int total) => (double)([|correct / total|]);
        }
        """);

    [Fact]
    public Task Quiet_when_the_division_is_already_floating_point() => Verify.VerifyAsync("""
        static class M
        {
            public static double Precision(int tp, int fp) => tp + fp == 0 ? 0.0 : (double)tp / (tp + fp);
            public static double Recall(int tp, int fn) => tp / (double)(tp + fn);
            public static double Accuracy(int correct, int n) => 1.0 * correct / n;
            public static double Half(int n) => n / 2.0;
            public static double Ratio(double a, int b) => a / b;
        }
        """);

    [Fact]
    public Task Quiet_when_the_integer_quotient_is_meant() => Verify.VerifyAsync("""
        static class M
        {
            public static int Middle(int lo, int hi) => lo + (hi - lo) / 2;
            public static double Median(double[] sorted) => sorted[sorted.Length / 2];
            public static double Sqrt(int n) => Math.Sqrt(n / 2);
            public static double Exact() { double half = 4 / 2; return half; }
            public static double Folds(int n, int k) { int size = n / k; return size; }
            public static long Total(int a, int b) => a / b;
            public static double FromInt(int a, int b) { var q = a / b; return q; }
            public static double Per(double total, int a, int b) => total / (a / b);
            public static double BinStart(int x, int width) { double start = (x / width) * width; return start; }
            public static double BinStartUnparenthesised(int x, int width) => x / width * width;
            public static double Pages(int items, int pageSize) => (items + pageSize - 1) / pageSize;
            public static double Batches(int n, int size) { double count = (n + (size - 1)) / size; return count; }
        }
        """);

    [Fact]
    public Task Flags_look_alikes_of_the_meant_quotients() => Verify.VerifyAsync("""
        static class M
        {
            public static double Scaled(int x, int width, int scale) => [|x / width|] * scale;
            public static double NotCeiling(int items, int pageSize) => [|(items + pageSize - 2) / pageSize|];
            public static double Rate(int hits, int n) => [|(hits + n - 1) / (n + 1)|];
        }
        """);

    [Fact]
    public Task Quiet_and_never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static double Precision(int tp, int fp) => tp / (tp +
            public static double Recall(int tp, int fn) => tp / ;
            public static double Accuracy(int correct) { double x = correct / missing; return x; }
        }
        """, allowCompilerErrors: true);

    [Fact]
    public Task Code_fix_casts_the_numerator() => Verify.VerifyCodeFixAsync<ConvertNumeratorCodeFix>("""
        static class M
        {
            public static double Precision(int tp, int fp) => tp + fp == 0 ? 0.0 : [|tp / (tp + fp)|];
            public static double Accuracy(int tp, int tn, int n) => [|(tp + tn) / n|];
            public static double Rate(int[] hits, int n) { double r = [|hits.Sum() / n|]; return r; }
            public static float Share(int a, int b) => [|a * 3 / b|];
        }
        """, """
        static class M
        {
            public static double Precision(int tp, int fp) => tp + fp == 0 ? 0.0 : (double)tp / (tp + fp);
            public static double Accuracy(int tp, int tn, int n) => (double)(tp + tn) / n;
            public static double Rate(int[] hits, int n) { double r = (double)hits.Sum() / n; return r; }
            public static float Share(int a, int b) => (float)(a * 3) / b;
        }
        """);

    [Fact]
    public Task Code_fix_moves_a_cast_of_the_quotient_onto_the_numerator() => Verify.VerifyCodeFixAsync<ConvertNumeratorCodeFix>("""
        static class M
        {
            public static double Score(int correct, int total) => (double)([|correct / total|]);
            public static double Loss(int correct, int total) => 1 - (double)([|correct / total|]);
        }
        """, """
        static class M
        {
            public static double Score(int correct, int total) => (double)correct / total;
            public static double Loss(int correct, int total) => 1 - ((double)correct / total);
        }
        """);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page()
    {
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1004.md", IntegerDivisionAnalyzer.Rule.HelpLinkUri);
        Assert.StartsWith("integer division", IntegerDivisionAnalyzer.Rule.MessageFormat.ToString());
    }
}
