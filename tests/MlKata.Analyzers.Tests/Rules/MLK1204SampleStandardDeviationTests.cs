using MlKata.Analyzers.Models;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Models.SampleStandardDeviationAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1204SampleStandardDeviationTests
{
    [Fact]
    public Task Flags_n_minus_1_in_a_scaler() => Verify.VerifyAsync("""
        sealed class StandardScaler
        {
            public double[]? Scale { get; private set; }

            public void Fit(double[][] x)
            {
                int n = x.Length, d = x[0].Length;
                var scale = new double[d];
                for (int j = 0; j < d; j++)
                {
                    double mean = x.Average(row => row[j]);
                    double ss = x.Sum(row => (row[j] - mean) * (row[j] - mean));
                    scale[j] = Math.Sqrt(ss / ([|n - 1|]));
                }
                for (int j = 0; j < d; j++) scale[j] /= [|x.Length - 1|];
                Scale = scale;
            }
        }
        """);

    [Fact]
    public Task Flags_ddof_1_passed_to_a_helper() => Verify.VerifyAsync("""
        sealed class StandardScaler
        {
            public void Fit(double[][] x)
            {
                var (mean, scale) = Statistics(x, [|ddof: 1|]);
                var (m2, s2) = Statistics(x, [|1|]);
                var s3 = Std(x[0], [|sample: true|]);
            }

            static (double[] Mean, double[] Scale) Statistics(double[][] x, double ddof = 0)
            {
                int n = x.Length;
                var mean = new double[x[0].Length];
                var scale = new double[x[0].Length];
                for (int j = 0; j < mean.Length; j++)
                {
                    mean[j] = x.Sum(r => r[j]) / n;
                    scale[j] = Math.Sqrt(x.Sum(r => (r[j] - mean[j]) * (r[j] - mean[j])) / (n - ddof));
                }
                return (mean, scale);
            }

            static double Std(double[] values, bool sample) => 0;
        }
        """);

    [Fact]
    public Task Quiet_on_the_population_deviation_and_outside_scalers() => Verify.VerifyAsync("""
        sealed class StandardScaler
        {
            public void Fit(double[][] x)
            {
                int n = x.Length;
                var (mean, scale) = Statistics(x, ddof: 0);
                double last = x[n - 1][0];
                double variance = x.Sum(r => (r[0] - mean[0]) * (r[0] - mean[0])) / n;
                double spread = (x[n - 1][0] - x[0][0]) / (last - 1);
            }

            static (double[] Mean, double[] Scale) Statistics(double[][] x, double ddof) => (new double[1], new double[1]);
        }

        static class Pca
        {
            public static double ExplainedVariance(double ss, int n) => ss / (n - 1);
        }
        """);

    [Fact]
    public Task Quiet_in_a_helper_named_for_the_sample_statistic() => Verify.VerifyAsync("""
        sealed class StandardScaler
        {
            public static double SampleVariance(double[] v)
            {
                double m = v.Average();
                return v.Sum(x => (x - m) * (x - m)) / (v.Length - 1);
            }

            public static double UnbiasedStd(double[] v, double m) => Math.Sqrt(v.Sum(x => (x - m) * (x - m)) / (v.Length - 1));
        }
        """);

    [Fact]
    public Task Quiet_and_never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        sealed class StandardScaler
        {
            public void Fit(double[][] x)
            {
                int n = x.Length;
                double s = Math.Sqrt(3 / (n - 
                var t = Statistics(x, ddof: );
            }
            static double Statistics(double[][] x, double ddof) => 0;
        }
        """, allowCompilerErrors: true);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page()
    {
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1204.md", SampleStandardDeviationAnalyzer.Rule.HelpLinkUri);
        Assert.StartsWith("scaler uses the sample standard deviation", SampleStandardDeviationAnalyzer.Rule.MessageFormat.ToString());
    }
}
