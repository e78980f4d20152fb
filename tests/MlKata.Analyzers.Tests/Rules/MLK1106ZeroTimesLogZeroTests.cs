using MlKata.Analyzers.Numerics;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Numerics.ZeroTimesLogZeroAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1106ZeroTimesLogZeroTests
{
    [Fact]
    public Task Flags_unguarded_p_log_p_sums() => Verify.VerifyAsync("""
        static class M
        {
            public static double Entropy(double[] probabilities)
            {
                double h = 0;
                foreach (double p in probabilities) h -= [|p * Math.Log2(p)|];
                return h;
            }

            public static double EntropyOfCounts(int[] counts, int n)
            {
                double h = 0;
                for (int c = 0; c < counts.Length; c++)
                {
                    double p = (double)counts[c] / n;
                    h += [|-p * Math.Log(p)|];
                }
                return h;
            }

            public static double Information(double[] p) => -p.Sum(x => [|Math.Log(x) * x|]);

            public static double NodeEntropy(double[] shares, int k) => [|-shares[k] * Math.Log(shares[k])|];
        }
        """);

    [Fact]
    public Task Quiet_when_zero_is_skipped_or_impossible() => Verify.VerifyAsync("""
        static class M
        {
            public static double Guarded(double[] probabilities)
            {
                double h = 0;
                foreach (double p in probabilities)
                    if (p > 0) h -= p * Math.Log2(p);
                return h;
            }

            public static double Skipped(int[] counts, int n)
            {
                double h = 0;
                foreach (int count in counts)
                {
                    if (count == 0) continue;
                    double p = (double)count / n;
                    h -= p * Math.Log(p);
                }
                return h;
            }

            public static double Ternary(double[] probabilities) =>
                -probabilities.Sum(p => p == 0 ? 0 : p * Math.Log(p));

            public static double Filtered(double[] probabilities) =>
                -probabilities.Where(p => p > 0).Sum(p => p * Math.Log(p));

            public static double OccurringClasses(int[] labels)
            {
                var counts = new Dictionary<int, int>();
                foreach (int label in labels) counts[label] = counts.GetValueOrDefault(label) + 1;
                double n = labels.Length, h = 0;
                foreach (int count in counts.Values)
                {
                    double p = count / n;
                    h -= p * Math.Log2(p);
                }
                return h;
            }

            public static double CrossTerm(double[] p, double[] q)
            {
                double sum = 0;
                for (int i = 0; i < p.Length; i++) sum += p[i] * Math.Log(q[i]);
                return sum;
            }

            public static double Smoothed(double[] p)
            {
                double h = 0;
                foreach (double x in p) h -= x * Math.Log(x + 1e-12);
                return h;
            }
        }
        """);

    [Fact]
    public Task Never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static double Entropy(double[] probabilities)
            {
                double h = 0;
                foreach (double p in probabilities) h -= p * Math.Log(
            }
            public static double Information(double[] p) => -p.Sum(x => x * Math.Log(x
        """, allowCompilerErrors: true);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page() =>
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1106.md", ZeroTimesLogZeroAnalyzer.Rule.HelpLinkUri);
}
