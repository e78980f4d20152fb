using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Metrics.PrecisionAtKDenominatorAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1007PrecisionAtKDenominatorTests
{
    [Fact]
    public Task Flags_hits_over_k() => Verify.VerifyAsync("""
        static class M
        {
            public static double PrecisionAtK(bool[] relevant, int k)
            {
                int hits = 0;
                for (int i = 0; i < Math.Min(k, relevant.Length); i++) if (relevant[i]) hits++;
                return (double)hits / [|k|];
            }

            public static double precision_at_k(IReadOnlyList<int> ranked, ISet<int> wanted, int topK) =>
                ranked.Take(topK).Count(wanted.Contains) / (double)[|topK|];
        }
        """);

    [Fact]
    public Task Quiet_when_dividing_by_the_positions_ranked() => Verify.VerifyAsync("""
        static class M
        {
            public static double PrecisionAtK(bool[] relevant, int k)
            {
                int depth = Math.Min(k, relevant.Length);
                return (double)relevant.Take(depth).Count(r => r) / depth;
            }

            public static double PrecisionAt(bool[] relevant, int k)
            {
                k = Math.Min(k, relevant.Length);
                return (double)relevant.Take(k).Count(r => r) / k;
            }

            public static double PrecisionAtKMin(bool[] relevant, int k) => (double)relevant.Take(k).Count(r => r) / Math.Min(k, relevant.Length);
        }
        """);

    [Fact]
    public Task Quiet_outside_precision_at_k_and_for_other_divisors() => Verify.VerifyAsync("""
        static class M
        {
            public static double RecallAtK(bool[] relevant, int k) => (double)relevant.Take(k).Count(r => r) / k;
            public static double MeanOfFirst(double[] values, int k) => values.Take(k).Sum() / k;
            public static double PrecisionAtK(int hits, int k) => (double)hits / k;
            public static double PrecisionAtK(bool[] relevant, int k, int n) => (double)relevant.Take(k).Count(r => r) / n;
        }
        """);

    [Fact]
    public Task Never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static double PrecisionAtK(bool[] relevant, int k) => (double)relevant.Count(r => r) /
            public static double PrecisionAtK(bool[] relevant, int k, int j) => (double)j / [|k|]
        """, allowCompilerErrors: true);
}
