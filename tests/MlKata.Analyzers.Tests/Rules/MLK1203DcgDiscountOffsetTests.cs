using MlKata.Analyzers.Models;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Models.DcgDiscountOffsetAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1203DcgDiscountOffsetTests
{
    [Fact]
    public Task Flags_log2_of_i_plus_1_with_a_0_based_index() => Verify.VerifyAsync("""
        static class RankingMetrics
        {
            public static double Dcg(double[] relevance, int k)
            {
                double sum = 0;
                for (int i = 0; i < Math.Min(k, relevance.Length); i++)
                    sum += relevance[i] / [|Math.Log2(i + 1)|];
                return sum;
            }

            public static double DcgOtherForms(double[] relevance)
            {
                double sum = 0;
                for (int i = 0; i < relevance.Length; i++)
                {
                    sum += relevance[i] / [|Math.Log(1 + i, 2)|];
                    sum += relevance[i] / ([|Math.Log(i + 1)|] / Math.Log(2));
                }
                return sum + relevance.Select((r, i) => r / [|Math.Log2(i + 1)|]).Sum();
            }
        }
        """);

    [Fact]
    public Task Flags_log2_of_a_1_based_rank() => Verify.VerifyAsync("""
        static class Scores
        {
            public static double Dcg(double[] relevance, int depth)
            {
                double sum = 0;
                for (int rank = 1; rank <= depth; rank++)
                    sum += rank == 1 ? relevance[0] : relevance[rank - 1] / [|Math.Log2(rank)|];
                return sum;
            }
        }
        """);

    [Fact]
    public Task Quiet_on_correct_discounts() => Verify.VerifyAsync("""
        static class RankingMetrics
        {
            public static double Dcg(double[] relevance)
            {
                double sum = 0;
                for (int i = 0; i < relevance.Length; i++) sum += relevance[i] / Math.Log2(i + 2);
                for (int rank = 1; rank <= relevance.Length; rank++) sum += relevance[rank - 1] / Math.Log2(rank + 1);
                // 0-based index starting past the top item: the discount is still log2(i + 2)
                for (int i = 1; i < relevance.Length; i++) sum += relevance[i] / Math.Log2(i + 2);
                return sum + relevance.Select((r, i) => r / Math.Log2(i + 2)).Sum();
            }
        }
        """);

    [Fact]
    public Task Quiet_outside_ranking_code_and_on_unknown_origins() => Verify.VerifyAsync("""
        static class Bits
        {
            public static int Width(int n)
            {
                int total = 0;
                for (int i = 0; i < n; i++) total += (int)Math.Ceiling(Math.Log2(i + 1));
                return total;
            }
        }

        static class RankingMetrics
        {
            public static double Dcg(double[] relevance, int position)
            {
                double sum = relevance[0] / Math.Log2(position + 1);
                for (int i = 2; i < relevance.Length; i++) sum += relevance[i] / Math.Log2(i + 1);
                return sum;
            }
        }
        """);

    [Fact]
    public Task Quiet_and_never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class RankingMetrics
        {
            public static double Dcg(double[] relevance)
            {
                double sum = 0;
                for (int i = 0; i < relevance.Length; i++) sum += relevance[i] / Math.Log2(i + 
                for (int j = ; j < 3; j++) sum += Math.Log2(j + 1;
                return sum;
            }
        }
        """, allowCompilerErrors: true);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page()
    {
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1203.md", DcgDiscountOffsetAnalyzer.Rule.HelpLinkUri);
        Assert.StartsWith("DCG discount off by one", DcgDiscountOffsetAnalyzer.Rule.MessageFormat.ToString());
    }
}
