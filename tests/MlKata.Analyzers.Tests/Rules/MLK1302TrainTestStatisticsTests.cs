using MlKata.Analyzers.Leakage;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Leakage.TrainTestStatisticsAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1302TrainTestStatisticsTests
{
    private const string Types = """
        sealed class StandardScaler
        {
            public void Fit(double[][] x) { }
            public double[][] Transform(double[][] x) => x;
        }
        static class Stats
        {
            public static double[] ColumnMeans(double[][] x) => new double[x[0].Length];
            public static void Print(IEnumerable<double[]> rows) { }
        }
        """;

    [Fact]
    public Task Flags_joined_data_fed_to_fit_or_statistics() => Verify.VerifyAsync(Types + """
        static class Pipeline
        {
            public static void Run(double[][] xTrain, double[][] xTest, double[] trainAges, double[] testAges)
            {
                var scaler = new StandardScaler();
                scaler.Fit([|xTrain.Concat(xTest)|].ToArray());
                var all = [|xTrain.Concat(xTest)|].ToArray();
                var means = Stats.ColumnMeans(all);
                double meanAge = [|trainAges.Concat(testAges)|].Average();
                double[][] joined = [|[.. xTrain, .. xTest]|];
                scaler.Fit(joined);
            }
        }
        """);

    [Fact]
    public Task Flags_a_loop_over_both_splits_that_accumulates() => Verify.VerifyAsync(Types + """
        static class Pipeline
        {
            public static double[] Means(double[][] xTrain, double[][] xTest)
            {
                var sum = new double[xTrain[0].Length];
                int count = 0;
                foreach (var part in [|new[] { xTrain, xTest }|])
                    foreach (var row in part)
                    {
                        for (int j = 0; j < row.Length; j++) sum[j] += row[j];
                        count++;
                    }
                return sum.Select(s => s / count).ToArray();
            }
        }
        """);

    [Fact]
    public Task Quiet_when_statistics_come_from_train_alone() => Verify.VerifyAsync(Types + """
        static class Pipeline
        {
            public static void Run(double[][] xTrain, double[][] xTest, double[][] xTrainOther)
            {
                var scaler = new StandardScaler();
                scaler.Fit(xTrain);
                foreach (var part in new[] { xTrain, xTest })
                {
                    var scaled = scaler.Transform(part);
                }
                int rows = 0;
                foreach (var part in new[] { xTrain, xTest }) rows += part.Length;
                Stats.Print(xTrain.Concat(xTest));
                var everything = xTrain.Concat(xTest).ToArray();
                Console.WriteLine(everything.Length);
                scaler.Fit(xTrain.Concat(xTrainOther).ToArray());
            }
        }
        """);

    [Fact]
    public Task Quiet_and_never_throws_on_half_typed_code() => Verify.VerifyAsync(Types + """
        static class Pipeline
        {
            public static void Run(double[][] xTrain, double[][] xTest)
            {
                var scaler = new StandardScaler();
                scaler.Fit(xTrain.Concat(xTest
                double[][] joined = [.. xTrain, .. ];
                foreach (var part in new[] { xTrain, xTest )
            }
        }
        """, allowCompilerErrors: true);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page()
    {
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1302.md", TrainTestStatisticsAnalyzer.Rule.HelpLinkUri);
        Assert.StartsWith("train and test statistics mixed", TrainTestStatisticsAnalyzer.Rule.MessageFormat.ToString());
    }
}
