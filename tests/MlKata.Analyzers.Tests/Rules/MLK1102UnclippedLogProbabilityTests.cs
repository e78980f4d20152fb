using MlKata.Analyzers.Numerics;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Numerics.UnclippedLogProbabilityAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1102UnclippedLogProbabilityTests
{
    [Fact]
    public Task Flags_the_textbook_log_loss() => Verify.VerifyAsync("""
        static class LogLoss
        {
            public static double Binary(int[] yTrue, double[] probabilityOfOne)
            {
                double sum = 0;
                for (int i = 0; i < yTrue.Length; i++)
                {
                    double p = probabilityOfOne[i];
                    if (!(p >= 0 && p <= 1)) throw new ArgumentException("probability", nameof(probabilityOfOne));
                    sum += -(yTrue[i] * [|Math.Log(p)|] + (1 - yTrue[i]) * [|Math.Log(1 - p)|]);
                }
                return sum / yTrue.Length;
            }

            public static double Categorical(int[] yTrue, double[][] probabilities)
            {
                double sum = 0;
                for (int i = 0; i < yTrue.Length; i++)
                {
                    double[] row = probabilities[i];
                    sum -= [|Math.Log(row[yTrue[i]])|];
                }
                return sum / yTrue.Length;
            }
        }
        """);

    [Fact]
    public Task Flags_loss_members_by_name_parameters_and_foreach_variables() => Verify.VerifyAsync("""
        static class Losses
        {
            public static double BinaryCrossEntropy(int y, double p) => y == 1 ? -[|Math.Log(p)|] : -[|Math.Log(1.0 - p)|];

            public static double NegativeLogLikelihood(double[] probabilitiesOfTruth)
            {
                double total = 0;
                foreach (double q in probabilitiesOfTruth) total -= [|Math.Log2(q)|];
                return total;
            }

            public static double CrossEntropy(double[] p, double[] q) => -p.Select((pi, i) => pi * [|Math.Log(q[i])|]).Sum();

            public static double LogLossOf(int label, double p) => -[|Math.Log(label == 1 ? p : 1 - p)|];
        }
        """);

    [Fact]
    public Task Flags_the_log_of_a_softmax_probability_anywhere() => Verify.VerifyAsync("""
        static class M
        {
            static double[] Softmax(double[] z) => z;

            public static double TrainStep(double[] z, int target)
            {
                var p = Softmax(z);
                double loss = -[|Math.Log(p[target])|];
                return loss;
            }

            public static double Loss(double[] logits, int target) => -[|Math.Log(Softmax(logits)[target])|];
        }
        """);

    [Fact]
    public Task Quiet_when_the_probability_is_clipped_or_in_log_space() => Verify.VerifyAsync("""
        static class LogLoss
        {
            const double Eps = 1e-15;

            public static double Binary(int[] yTrue, double[] probabilityOfOne)
            {
                double sum = 0;
                for (int i = 0; i < yTrue.Length; i++)
                {
                    double q = Math.Clamp(probabilityOfOne[i], Eps, 1 - Eps);
                    sum -= yTrue[i] == 1 ? Math.Log(q) : Math.Log(1 - q);
                }
                return sum / yTrue.Length;
            }

            public static double Categorical(int[] yTrue, double[][] probabilities)
            {
                double sum = 0;
                for (int i = 0; i < yTrue.Length; i++)
                    sum -= Math.Log(Math.Max(probabilities[i][yTrue[i]], Eps));
                return sum / yTrue.Length;
            }

            public static double Clipped(double p)
            {
                p = Math.Min(Math.Max(p, Eps), 1 - Eps);
                return -Math.Log(p);
            }

            public static double Guarded(double p) => p > 0 ? -Math.Log(p) : double.PositiveInfinity;

            static double[] LogSoftmax(double[] z) => z;
            public static double CrossEntropy(double[] logits, int target) => -LogSoftmax(logits)[target];
            public static double CrossEntropyOfLogProbabilities(double[] logp, int target) => -logp[target] + Math.Log(1.0);
        }
        """);

    [Fact]
    public Task Quiet_outside_loss_members() => Verify.VerifyAsync("""
        static class M
        {
            public static double Idf(int documents, double frequency) => Math.Log(documents / frequency);
            public static double LogPrior(double[] priors, int c) => Math.Log(priors[c]);
            public static double Entropy(double p) => -p * Math.Log(p);
        }
        """);

    [Fact]
    public Task Quiet_on_log_of_counts_in_a_loss_class() => Verify.VerifyAsync("""
        static class LogLoss
        {
            public static double Normaliser(int n) => Math.Log(n);
            public static double Smoothed(double[] counts, double total) => Math.Log(counts[0] + 1) - Math.Log(total + 2);
        }
        """);

    [Fact]
    public Task Never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class LogLoss
        {
            public static double Binary(int[] yTrue, double[] p)
            {
                double sum = 0;
                for (int i = 0; i < yTrue.Length; i++) sum -= Math.Log(
            }
            public static double Categorical(int[] yTrue, double[][] probabilities) => Math.Log(probabilities[
        """, allowCompilerErrors: true);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page() =>
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1102.md", UnclippedLogProbabilityAnalyzer.Rule.HelpLinkUri);
}
