using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Leakage.TransformRefitsAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1303TransformRefitsTests
{
    [Fact]
    public Task Flags_a_transform_that_calls_the_statistics_helper_of_fit() => Verify.VerifyAsync("""
        sealed class Scaler
        {
            private double[]? _mean, _scale;

            public void Fit(double[][] x) => (_mean, _scale) = Moments(x);

            public double[][] Transform(double[][] x)
            {
                var (mean, scale) = [|Moments(x)|];
                return x.Select(r => r.Select((v, j) => (v - mean[j]) / scale[j]).ToArray()).ToArray();
            }

            private static (double[], double[]) Moments(double[][] x) => (new double[x[0].Length], new double[x[0].Length]);
        }
        """);

    [Fact]
    public Task Flags_a_helper_fit_stores_even_when_its_name_says_nothing() => Verify.VerifyAsync("""
        sealed class Scaler
        {
            private double[]? _center;

            public void Fit(double[][] x) { _center = Compute(x); }

            public double[][] Transform(double[][] x)
            {
                var center = [|Compute(x)|];
                return x.Select(r => r.Select((v, j) => v - center[j]).ToArray()).ToArray();
            }

            private static double[] Compute(double[][] x) => new double[x[0].Length];
        }
        """);

    [Fact]
    public Task Flags_fit_called_from_transform() => Verify.VerifyAsync("""
        sealed class MinMaxScaler
        {
            private double[] _min = [], _max = [];

            public void Fit(double[][] x) { _min = x[0]; _max = x[0]; }

            public double[][] Transform(double[][] x)
            {
                [|Fit(x)|];
                return x.Select(r => r.Select((v, j) => (v - _min[j]) / (_max[j] - _min[j])).ToArray()).ToArray();
            }
        }
        """);

    [Fact]
    public Task Flags_linq_aggregates_over_the_whole_input() => Verify.VerifyAsync("""
        sealed class Centerer
        {
            private double[]? _mean;
            public void Fit(double[][] x) => _mean = new double[x[0].Length];

            public double[][] Transform(double[][] x)
            {
                int d = x[0].Length;
                var mean = new double[d];
                for (int j = 0; j < d; j++) mean[j] = [|x.Average(row => row[j])|];
                return x.Select(r => r.Select((v, j) => v - mean[j]).ToArray()).ToArray();
            }
        }
        sealed class Encoder
        {
            private string[] _categories = [];
            public void Fit(string[] values) => _categories = values.Distinct().Order().ToArray();

            public double[][] Transform(string[] values)
            {
                var categories = [|values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)|].ToArray();
                return values.Select(v => categories.Select(c => c == v ? 1.0 : 0.0).ToArray()).ToArray();
            }
        }
        sealed class SetEncoder
        {
            private string[] _categories = [];
            public void Fit(string[] values) => _categories = values.Distinct().Order().ToArray();

            public double[][] Transform(string[] values)
            {
                var categories = [|new SortedSet<string>(values, StringComparer.Ordinal)|].ToList();
                return values.Select(v => categories.Select(c => c == v ? 1.0 : 0.0).ToArray()).ToArray();
            }
        }
        """);

    [Fact]
    public Task Flags_sums_and_extremes_accumulated_across_rows() => Verify.VerifyAsync("""
        sealed class Scaler
        {
            private double[]? _mean;
            public void Fit(double[][] x) => _mean = new double[x[0].Length];

            public double[][] Transform(double[][] x)
            {
                int n = x.Length, d = x[0].Length;
                var mean = new double[d];
                for (int j = 0; j < d; j++)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) [|total += x[i][j]|];
                    mean[j] = total / n;
                }
                return x.Select(r => r.Select((v, j) => v - mean[j]).ToArray()).ToArray();
            }
        }
        sealed class MinMax
        {
            private double[]? _lo;
            public void Fit(double[][] x) => _lo = x[0];

            public double[][] Transform(double[][] x)
            {
                var min = (double[])x[0].Clone();
                foreach (var row in x)
                    for (int j = 0; j < row.Length; j++)
                        if (row[j] < min[j]) [|min[j] = row[j]|];
                return x.Select(r => r.Select((v, j) => v - min[j]).ToArray()).ToArray();
            }
        }
        """);

    [Fact]
    public Task Flags_document_frequencies_counted_in_transform() => Verify.VerifyAsync("""
        sealed class Vectorizer
        {
            private Dictionary<string, int> _column = new();
            private double[] _idf = [];
            public void Fit(string[] documents) { }

            public double[][] Transform(string[] documents)
            {
                var counts = new int[_idf.Length];
                foreach (var document in documents)
                    foreach (var term in document.Split(' ').Distinct())
                        if (_column.TryGetValue(term, out int k)) [|counts[k]++|];
                var idf = counts.Select(c => Math.Log((1.0 + documents.Length) / (1.0 + c)) + 1.0).ToArray();
                return documents.Select(d => idf).ToArray();
            }
        }
        """);

    [Fact]
    public Task Flags_a_dictionary_of_document_frequencies() => Verify.VerifyAsync("""
        sealed class Vectorizer
        {
            private Dictionary<string, double> _idf = new();
            public void Fit(List<string> documents) { }

            public double[][] Transform(List<string> documents)
            {
                var df = new Dictionary<string, int>();
                foreach (var document in documents)
                    foreach (var term in document.Split(' ').ToHashSet())
                        [|df[term] = df.GetValueOrDefault(term) + 1|];
                return documents.Select(d => df.Values.Select(c => (double)c).ToArray()).ToArray();
            }
        }
        """);

    [Fact]
    public Task Quiet_on_transforms_that_apply_fitted_values_row_by_row() => Verify.VerifyAsync("""
        sealed class Scaler
        {
            private double[]? _mean, _scale;

            public void Fit(double[][] x)
            {
                int n = x.Length, d = Width(x);
                var mean = new double[d];
                foreach (var row in x) for (int j = 0; j < d; j++) mean[j] += row[j];
                for (int j = 0; j < d; j++) mean[j] /= n;
                _mean = mean;
                _scale = Moments(x);
            }

            public double[][] Transform(double[][] x)
            {
                var mean = _mean ?? throw new InvalidOperationException();
                int d = Width(x);
                Check(x);
                int widest = x.Max(r => r.Length);
                var result = new double[x.Length][];
                for (int i = 0; i < x.Length; i++)
                {
                    var output = new double[d];
                    double squares = 0;
                    for (int j = 0; j < d; j++)
                    {
                        output[j] = (x[i][j] - mean[j]) / _scale![j];
                        squares += output[j] * output[j];
                    }
                    result[i] = output;
                }
                var flat = new double[x.Length, d];
                for (int i = 0; i < x.Length; i++)
                    for (int j = 0; j < d; j++)
                        flat[i, j] += x[i][j];
                int k = 0;
                foreach (var row in x) k++;
                return result;
            }

            private static int Width(double[][] x) => x[0].Length;
            private static void Check(double[][] x) { }
            private static double[] Moments(double[][] x) => new double[x[0].Length];
        }
        """);

    [Fact]
    public Task Quiet_on_tf_idf_that_counts_terms_per_document() => Verify.VerifyAsync("""
        sealed class Vectorizer
        {
            private Dictionary<string, int> _column = new();
            private double[] _idf = [];
            public void Fit(string[] documents) { }

            public double[][] Transform(string[] documents)
            {
                var rows = new double[documents.Length][];
                for (int i = 0; i < documents.Length; i++)
                {
                    var row = new double[_idf.Length];
                    foreach (var term in documents[i].Split(' '))
                        if (_column.TryGetValue(term, out int j)) row[j] += 1.0;
                    double norm = Math.Sqrt(row.Sum(v => v * v));
                    rows[i] = row;
                }
                return rows;
            }
        }
        sealed class BagOfWords
        {
            private Dictionary<string, int> _column = new();
            public void Fit(string[] tokens) { }

            public double[] Transform(string[] tokens)
            {
                var counts = new double[_column.Count];
                foreach (var token in tokens)
                    if (_column.TryGetValue(token, out int j)) counts[j]++;
                for (int j = 0; j < counts.Length; j++) counts[j] /= tokens.Length;
                return counts;
            }
        }
        """);

    [Fact]
    public Task Quiet_without_a_fit_method_or_outside_transform() => Verify.VerifyAsync("""
        static class Normalizer
        {
            public static double[][] Transform(double[][] x)
            {
                var mean = new double[x[0].Length];
                for (int j = 0; j < mean.Length; j++) mean[j] = x.Average(r => r[j]);
                return x;
            }
        }
        sealed class Scaler
        {
            private double[]? _mean;
            public void Fit(double[][] x) => _mean = Means(x);
            public double[][] FitTransform(double[][] x) { Fit(x); return Transform(x); }
            public double[][] Transform(double[][] x) => x;
            private static double[] Means(double[][] x) => x[0].Select((_, j) => x.Average(r => r[j])).ToArray();
        }
        """);

    [Fact]
    public Task Quiet_and_safe_on_half_typed_code() => Verify.VerifyAsync("""
        sealed class Scaler
        {
            private double[]? _mean;
            public void Fit(double[][] x) => _mean = Means(x);
            public double[][] Transform(double[][] x)
            {
                var mean = Means(x
                double s = 0;
                foreach (var row in x) s +=
                return x;
            }
            private static double[] Means(double[][] x) => new double[1];
        }
        """, allowCompilerErrors: true);
}
