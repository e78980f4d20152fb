using MlKata.Analyzers.Numerics;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Numerics.UnshiftedSoftmaxAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1101UnshiftedSoftmaxTests
{
    [Fact]
    public Task Flags_raw_exp_in_Softmax_and_LogSumExp() => Verify.VerifyAsync("""
        static class M
        {
            public static double[] Softmax(double[] logits)
            {
                var result = new double[logits.Length];
                double sum = 0;
                for (int i = 0; i < logits.Length; i++)
                {
                    result[i] = [|Math.Exp(logits[i])|];
                    sum += result[i];
                }
                for (int i = 0; i < result.Length; i++) result[i] /= sum;
                return result;
            }

            public static double LogSumExp(double[] values)
            {
                double sum = 0;
                foreach (double v in values) sum += [|Math.Exp(v)|];
                return Math.Log(sum);
            }

            public static double SoftmaxCrossEntropy(double[] logits, int target) =>
                Math.Log(logits.Sum(z => [|Math.Exp(z)|])) - logits[target];
        }
        """);

    [Fact]
    public Task Flags_a_method_group_in_a_softmax() => Verify.VerifyAsync("""
        static class M
        {
            static double[] Softmax(double[] z)
            {
                var p = z.Select([|Math.Exp|]).ToArray();
                double total = p.Sum();
                for (int o = 0; o < p.Length; o++) p[o] /= total;
                return p;
            }
        }
        """);

    [Fact]
    public Task Flags_an_inline_normalisation_outside_a_softmax_member() => Verify.VerifyAsync("""
        static class M
        {
            public static double[] Attend(double[] q, double[][] k, double[] v)
            {
                var scores = new double[k.Length];
                double scale = 1.0 / Math.Sqrt(q.Length);
                for (int j = 0; j < k.Length; j++)
                {
                    double dot = 0;
                    for (int t = 0; t < q.Length; t++) dot += q[t] * k[j][t];
                    scores[j] = dot * scale;
                }
                double total = 0;
                for (int j = 0; j < k.Length; j++)
                {
                    scores[j] = [|Math.Exp(scores[j])|];
                    total += scores[j];
                }
                var output = new double[v.Length];
                for (int j = 0; j < k.Length; j++) output[j] = scores[j] / total * v[j];
                return output;
            }

            public static double[] Posterior(double[] scores)
            {
                double total = scores.Sum([|Math.Exp|]);
                return scores.Select(s => Math.Log([|Math.Exp(s)|] / total)).ToArray();
            }
        }
        """);

    [Fact]
    public Task Quiet_when_the_maximum_is_subtracted() => Verify.VerifyAsync("""
        static class M
        {
            public static double[] Softmax(double[] logits)
            {
                double max = logits.Max();
                var result = new double[logits.Length];
                double sum = 0;
                for (int i = 0; i < logits.Length; i++)
                {
                    result[i] = Math.Exp(logits[i] - max);
                    sum += result[i];
                }
                for (int i = 0; i < result.Length; i++) result[i] /= sum;
                return result;
            }

            public static double LogSumExp(double[] values)
            {
                double max = values.Max();
                return max + Math.Log(values.Sum(v => Math.Exp(v - max)));
            }

            public static double[] SoftmaxShiftedFirst(double[] logits, double temperature)
            {
                double max = logits.Max();
                var shifted = logits.Select(l => l - max).ToArray();
                var e = new double[shifted.Length];
                double sum = 0;
                for (int i = 0; i < e.Length; i++) { e[i] = Math.Exp(shifted[i] / temperature); sum += e[i]; }
                for (int i = 0; i < e.Length; i++) e[i] /= sum;
                return e;
            }

            public static double[] SoftmaxInPlaceShift(double[] logits)
            {
                var z = (double[])logits.Clone();
                double max = z.Max();
                for (int i = 0; i < z.Length; i++) z[i] -= max;
                var p = z.Select(Math.Exp).ToArray();
                double total = p.Sum();
                return p.Select(x => x / total).ToArray();
            }

            public static double[] FromLogProbabilities(double[] logits)
            {
                double lse = LogSumExp(logits);
                return logits.Select(z => Math.Exp(z - lse)).ToArray();
            }
        }
        """);

    [Fact]
    public Task Quiet_on_an_exponent_of_literals_in_a_softmax_test() => Verify.VerifyAsync("""
        static class SoftmaxTests
        {
            // A hand derivation: softmax([0, -1/sqrt 2]) has e^(-1/sqrt 2) / (1 + e^(-1/sqrt 2)) as its second entry.
            public static double Softmax_expected() => 1 / (1 + Math.Exp(-1 / Math.Sqrt(2)));
            public static double LogSumExp_expected() => Math.Log(Math.Exp(2.0) + Math.Exp(-0.5 * 3));
        }
        """);

    [Fact]
    public Task Still_flags_a_raw_value_mixed_with_literals() => Verify.VerifyAsync("""
        static class M
        {
            public static double LogSumExp(double[] values)
            {
                double sum = 0;
                foreach (double v in values) sum += [|Math.Exp(2 * v)|];
                return Math.Log(sum);
            }
        }
        """);

    [Fact]
    public Task Quiet_on_sigmoids_kernels_and_plain_exponentials() => Verify.VerifyAsync("""
        static class M
        {
            public static double Sigmoid(double z)
            {
                if (z >= 0) return 1.0 / (1.0 + Math.Exp(-z));
                double e = Math.Exp(z);
                return e / (1.0 + e);
            }

            public static double KernelAverage(double[] distances, double[] values, double bandwidth)
            {
                double total = 0, weighted = 0;
                for (int i = 0; i < distances.Length; i++)
                {
                    double w = Math.Exp(-distances[i] * distances[i] / bandwidth);
                    total += w;
                    weighted += w * values[i];
                }
                return weighted / total;
            }

            public static double Growth(double rate, double[] years)
            {
                double sum = 0;
                foreach (double t in years) sum += Math.Exp(rate * t);
                return sum;
            }

            public static double Softplus(double x) => Math.Log(1 + Math.Exp(x));
        }
        """);

    [Fact]
    public Task Never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static double[] Softmax(double[] logits)
            {
                double sum = 0;
                foreach (var v in logits) sum += Math.Exp(
            }

            public static double LogSumExp(double[] values) => Math.Log(values.Sum(Math.Exp
        """, allowCompilerErrors: true);

    [Fact]
    public Task Flags_a_finished_call_in_otherwise_broken_code() => Verify.VerifyAsync("""
        static class M
        {
            public static double LogSumExp(double[] values)
            {
                double sum = 0;
                foreach (var v in values) sum += [|Math.Exp(v)|];
                return Math.Log(sum) +
            }
        }
        """, allowCompilerErrors: true);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page()
    {
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1101.md", UnshiftedSoftmaxAnalyzer.Rule.HelpLinkUri);
        Assert.Equal("MlKata.Numerics", UnshiftedSoftmaxAnalyzer.Rule.Category);
    }
}
