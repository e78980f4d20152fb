using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class PcaTests
{
    private static readonly double Root2 = Math.Sqrt(0.5);   // 1/sqrt(2)

    [Fact]
    public void Fits_the_worked_example()
    {
        // Mean (10, -5); centred rows (3, 1), (1, 3), (-3, -1), (-1, -3).
        // Sums: x1^2 = 20, x2^2 = 20, x1 x2 = 3 + 3 + 3 + 3 = 12; over n - 1 = 3: [[20/3, 4], [4, 20/3]].
        // [[a, b], [b, a]] has eigenvectors (1, 1)/sqrt2 with a + b = 32/3 and (1, -1)/sqrt2 with a - b = 8/3.
        double[][] x = [[13, -4], [11, -2], [7, -6], [9, -8]];
        int components = 2;
        var (vectors, variance) = Pca.Fit(x, components);
        var given = Check.Given(x, components).Hint(1);
        given.Near([32.0 / 3, 8.0 / 3], variance);
        given.Near([[Root2, Root2], [Root2, -Root2]], vectors);
    }

    [Fact]
    public void Explained_variance_divides_by_n_minus_one()
    {
        // Feature 0 holds 1, 3, 5 (mean 3): squared deviations 4 + 0 + 4 = 8, over n - 1 = 2: 4.
        // Dividing by n would give 8/3.
        double[][] x = [[1, 5], [3, 5], [5, 5]];
        int components = 1;
        var (vectors, variance) = Pca.Fit(x, components);
        var given = Check.Given(x, components).Hint(1);
        given.Near([4.0], variance);
        given.Near([[1.0, 0.0]], vectors);
    }

    [Fact]
    public void A_constant_feature_is_a_direction_without_variance()
    {
        // As above; the constant feature 1 is the second direction, (0, 1), with variance 0.
        double[][] x = [[1, 5], [3, 5], [5, 5]];
        int components = 2;
        var (vectors, variance) = Pca.Fit(x, components);
        var given = Check.Given(x, components).Hint(2);
        given.Near([4.0, 0.0], variance);
        given.Near([[1.0, 0.0], [0.0, 1.0]], vectors);
    }

    [Fact]
    public void The_largest_magnitude_entry_is_made_positive()
    {
        // Rows +-2 (3, -4) and +-(4, 3); mean 0. With e1 = (0.6, -0.8) and e2 = (0.8, 0.6) the
        // scatter is 2 * 4 * 25 e1 e1^T + 2 * 25 e2 e2^T = 200 e1 e1^T + 50 e2 e2^T, so the
        // variances are 200/3 and 50/3. In e1 the largest entry is -0.8 at index 1, so the component
        // is -e1 = (-0.6, 0.8); in e2 it is 0.8 at index 0, so e2 stays.
        double[][] x = [[6, -8], [-6, 8], [4, 3], [-4, -3]];
        int components = 2;
        var (vectors, variance) = Pca.Fit(x, components);
        var given = Check.Given(x, components).Hint(3);
        given.Near([200.0 / 3, 50.0 / 3], variance);
        given.Near([[-0.6, 0.8], [0.8, 0.6]], vectors);
    }

    [Fact]
    public void Components_are_ordered_by_variance_and_truncated()
    {
        // Rows +-2 e0, +-1 e1, +-3 e2 (mean 0, no cross products): variances 2*4/5, 2*1/5, 2*9/5
        // = 1.6, 0.4, 3.6 in feature order, so the top two directions are e2 then e0.
        double[][] x = [[2, 0, 0], [-2, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 3], [0, 0, -3]];
        int components = 2;
        var (vectors, variance) = Pca.Fit(x, components);
        var given = Check.Given(x, components).Hint(2);
        given.Near([3.6, 1.6], variance);
        given.Near([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0]], vectors);
    }

    [Fact]
    public void Every_feature_can_be_kept()
    {
        // As above with all three components: e2, e0, e1 with variances 3.6, 1.6, 0.4.
        double[][] x = [[2, 0, 0], [-2, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 3], [0, 0, -3]];
        int components = 3;
        var (vectors, variance) = Pca.Fit(x, components);
        var given = Check.Given(x, components).Hint(2);
        given.Near([3.6, 1.6, 0.4], variance);
        given.Near([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], vectors);
    }

    [Fact]
    public void Two_samples_are_enough()
    {
        // Mean (1, 1), deviations +-(1, 1): covariance [[2, 2], [2, 2]] over n - 1 = 1.
        // Eigenvalues 4 along (1, 1)/sqrt2 and 0 along (1, -1)/sqrt2 (a tie in magnitude: index 0 is positive).
        double[][] x = [[0, 0], [2, 2]];
        int components = 2;
        var (vectors, variance) = Pca.Fit(x, components);
        var given = Check.Given(x, components).Hint(3);
        given.Near([4.0, 0.0], variance);
        given.Near([[Root2, Root2], [Root2, -Root2]], vectors);
    }

    private static double[][] Generic => [
        [2.5, 2.4, 0.5], [0.5, 0.7, 1.9], [2.2, 2.9, -0.3], [1.9, 2.2, 0.8],
        [3.1, 3.0, 0.1], [2.3, 2.7, 1.1], [2.0, 1.6, 0.4], [1.0, 1.1, 1.6]];

    [Fact]
    public void Components_are_orthonormal_eigenvectors_of_the_sample_covariance()
    {
        // Checked from the definition: with C the sample covariance computed here, each component
        // v has |v| = 1, C v = lambda v with lambda its explained variance, the components are
        // mutually orthogonal, and the variances are descending and sum to trace(C).
        double[][] x = Generic;
        int components = 3, n = x.Length, d = 3;
        var (vectors, variance) = Pca.Fit(x, components);
        var given = Check.Given(x, components).Hint(2);
        given.That(vectors.Length == 3 && variance.Length == 3 && vectors.All(v => v.Length == d), "3 components of 3 entries and 3 variances", vectors);

        var mean = Enumerable.Range(0, d).Select(j => x.Average(row => row[j])).ToArray();
        var covariance = new double[d, d];
        for (int j = 0; j < d; j++)
            for (int k = 0; k < d; k++)
                covariance[j, k] = x.Sum(row => (row[j] - mean[j]) * (row[k] - mean[k])) / (n - 1);

        for (int c = 0; c < components; c++)
        {
            double[] v = vectors[c];
            given.Near(1.0, v.Sum(e => e * e), 1e-9, $"|Components[{c}]|^2");
            var cv = Enumerable.Range(0, d).Select(j => Enumerable.Range(0, d).Sum(k => covariance[j, k] * v[k])).ToArray();
            given.Near(v.Select(e => variance[c] * e).ToArray(), cv, 1e-9, $"C * Components[{c}] (expected ExplainedVariance[{c}] * Components[{c}])");
            for (int other = 0; other < c; other++)
                given.Near(0.0, v.Zip(vectors[other], (a, b) => a * b).Sum(), 1e-9, $"Components[{c}] . Components[{other}]");
            double largest = v.Max(Math.Abs);
            int pivot = Array.FindIndex(v, e => Math.Abs(e) >= largest - 1e-12);
            given.That(v[pivot] > 0, $"the first largest-magnitude entry of Components[{c}] is positive", v);
        }
        given.That(variance[0] > variance[1] && variance[1] > variance[2], "explained variance in descending order", variance);
        given.Near(covariance[0, 0] + covariance[1, 1] + covariance[2, 2], variance.Sum(), 1e-9, "sum of ExplainedVariance (the trace of C)");
    }

    [Fact]
    public void Fewer_components_are_a_prefix_of_all_of_them()
    {
        double[][] x = Generic;
        int components = 1;
        var all = Pca.Fit(x, 3);
        var (vectors, variance) = Pca.Fit(x, components);
        var given = Check.Given(x, components).Hint(2);
        given.Near([all.ExplainedVariance[0]], variance);
        given.Near([all.Components[0]], vectors);
    }

    [Fact]
    public void Fewer_than_two_samples_are_rejected()
    {
        double[][] none = [], one = [[1, 2]];
        var given = Check.Given(none, one);
        given.Throws<ArgumentException>(() => Pca.Fit(none, 1), "x");
        // The sample count is checked before components, so an out-of-range count still reports x.
        given.Throws<ArgumentException>(() => Pca.Fit(one, 5), "x");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(3)]
    public void Components_outside_one_to_features_are_rejected(int components)
    {
        double[][] x = [[1, 2], [3, 5], [4, 4]];
        Check.Given(x, components).Throws<ArgumentException>(() => Pca.Fit(x, components), "components");
    }

    [Fact]
    public void Malformed_rows_are_rejected()
    {
        double[][] ragged = [[1, 2], [3], [4, 4]], notANumber = [[1, 2], [3, double.NaN], [4, 4]], infinite = [[1, 2], [3, 4], [double.PositiveInfinity, 4]];
        var given = Check.Given(ragged, notANumber, infinite);
        given.Throws<ArgumentException>(() => Pca.Fit(ragged, 1), "x");
        given.Throws<ArgumentException>(() => Pca.Fit(notANumber, 1), "x");
        given.Throws<ArgumentException>(() => Pca.Fit(infinite, 1), "x");
    }

    [Fact]
    public void Null_input_is_rejected()
    {
        double[][] x = null!;
        Check.Given(x).Throws<ArgumentNullException>(() => Pca.Fit(x, 1), "x");
    }

    [Fact]
    public void Input_is_not_modified()
    {
        double[][] x = [[13, -4], [11, -2], [7, -6], [9, -8]];
        Check.Given(x).Unchanged(() => Pca.Fit(x, 2));
    }
}
