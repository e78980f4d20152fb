using MlKata.Analyzers.CodeFixes;
using MlKata.Analyzers.Leakage;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Leakage.FitOnTestDataAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1301FitOnTestDataTests
{
    private const string Types = """
        sealed class StandardScaler
        {
            public void Fit(double[][] x) { }
            public double[][] Transform(double[][] x) => x;
            public double[][] FitTransform(double[][] x) => x;
        }
        sealed class LogisticRegression
        {
            public void Fit(double[][] x, int[] y) { }
            public int[] Predict(double[][] x) => new int[x.Length];
        }
        sealed class IsotonicCalibrator
        {
            public void Fit(double[] scores, int[] y) { }
        }
        record Split(double[][] XTrain, double[][] XTest);
        """;

    [Fact]
    public Task Flags_fit_on_test_and_validation_data() => Verify.VerifyAsync(Types + """
        static class Pipeline
        {
            public static void Run(double[][] xTrain, int[] yTrain, double[][] xTest, double[][] X_val, int[] yVal, Split split)
            {
                var scaler = new StandardScaler();
                scaler.Fit(xTrain);
                scaler.Fit([|xTest|]);
                var scaled = scaler.FitTransform([|X_val|]);
                var model = new LogisticRegression();
                model.Fit([|X_val|], yVal);
                scaler.Fit([|split.XTest|]);
                var validationRows = xTrain;
                new StandardScaler().Fit([|validationRows|]);
            }
        }
        """);

    [Fact]
    public Task Flags_the_fit_methods_in_any_case_and_with_underscores() => Verify.VerifyAsync("""
        sealed class Scaler
        {
            public void fit(double[][] x) { }
            public double[][] fit_transform(double[][] x) => x;
            public void partial_fit(double[][] x) { }
            public int[] FIT_PREDICT(double[][] x) => new int[x.Length];
            public void fitted(double[][] x) { }
            public void Refit(double[][] x) { }
        }
        static class Pipeline
        {
            public static void Run(double[][] xTest)
            {
                var scaler = new Scaler();
                scaler.fit([|xTest|]);
                scaler.fit_transform([|xTest|]);
                scaler.partial_fit([|xTest|]);
                scaler.FIT_PREDICT([|xTest|]);
                scaler.fitted(xTest);
                scaler.Refit(xTest);
            }
        }
        """);

    [Fact]
    public Task Quiet_on_training_data_transforms_and_calibration() => Verify.VerifyAsync(Types + """
        static class Pipeline
        {
            public static void Run(double[][] xTrain, int[] yTrain, double[][] xTest, double[][] xTrainVal, int[] yTrainVal, double[] valScores, int[] yVal, Split split, double[][] values, double[][] latest)
            {
                var scaler = new StandardScaler();
                scaler.Fit(xTrain);
                var test = scaler.Transform(xTest);
                var model = new LogisticRegression();
                model.Fit(xTrainVal, yTrainVal);
                model.Predict(xTest);
                new IsotonicCalibrator().Fit(valScores, yVal);
                scaler.Fit(split.XTrain);
                scaler.Fit(values);
                scaler.Fit(latest);
            }
        }
        """);

    [Fact]
    public Task Quiet_in_unit_tests() => Verify.VerifyAsync("""
        [AttributeUsage(AttributeTargets.Method)] sealed class FactAttribute : Attribute { }
        sealed class Scaler { public void Fit(double[][] x) { } }
        public class Checks
        {
            [Fact]
            public void Fit_accepts_any_rows()
            {
                double[][] testData = [[1.0], [2.0]];
                new Scaler().Fit(testData);
            }
        }
        public class ScalerTests
        {
            public void Helper(double[][] xTest) => new Scaler().Fit(xTest);
        }
        """);

    [Fact]
    public Task Quiet_and_never_throws_on_half_typed_code() => Verify.VerifyAsync(Types + """
        static class Pipeline
        {
            public static void Run(double[][] xTest)
            {
                var scaler = new StandardScaler();
                scaler.Fit(xTest
                scaler.Fit(
            }
        }
        """, allowCompilerErrors: true);

    [Fact]
    public Task Code_fix_calls_Transform_instead_of_FitTransform() => Verify.VerifyCodeFixAsync<UseTransformOnHeldOutDataCodeFix>("""
        sealed class Scaler
        {
            public void Fit(double[][] x) { }
            public double[][] Transform(double[][] x) => x;
            public double[][] FitTransform(double[][] x) => x;
        }
        static class Pipeline
        {
            public static double[][] Run(double[][] xTrain, double[][] xTest)
            {
                var scaler = new Scaler();
                scaler.Fit(xTrain);
                return scaler.FitTransform([|xTest|]);
            }
        }
        """, """
        sealed class Scaler
        {
            public void Fit(double[][] x) { }
            public double[][] Transform(double[][] x) => x;
            public double[][] FitTransform(double[][] x) => x;
        }
        static class Pipeline
        {
            public static double[][] Run(double[][] xTrain, double[][] xTest)
            {
                var scaler = new Scaler();
                scaler.Fit(xTrain);
                return scaler.Transform(xTest);
            }
        }
        """);

    [Fact]
    public Task Code_fix_offers_nothing_for_Fit_or_without_a_matching_Transform() => Verify.VerifyCodeFixAsync<UseTransformOnHeldOutDataCodeFix>("""
        sealed class Scaler
        {
            public void Fit(double[][] x) { }
            public double[][] FitTransform(double[][] x) => x;
            public double[] Transform(double[] row) => row;
        }
        static class Pipeline
        {
            public static void Run(double[][] xTest)
            {
                var scaler = new Scaler();
                scaler.Fit([|xTest|]);
                scaler.FitTransform([|xTest|]);
            }
        }
        """, null);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page()
    {
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1301.md", FitOnTestDataAnalyzer.Rule.HelpLinkUri);
        Assert.StartsWith("fit on held-out data", FitOnTestDataAnalyzer.Rule.MessageFormat.ToString());
    }
}
