using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class VectorsTests
{
    [Fact]
    public void Dot_sums_the_elementwise_products()
    {
        double[] a = [1, 2, 3], b = [4, 5, 6];
        // 1*4 + 2*5 + 3*6 = 4 + 10 + 18 = 32
        Check.Given(a, b).Hint(1).Near(32.0, Vectors.Dot(a, b));
    }

    [Fact]
    public void Dot_handles_signs_and_orthogonal_vectors()
    {
        double[] a = [2, -1, 0.5], b = [-3, 4, 8];
        // 2*(-3) + (-1)*4 + 0.5*8 = -6 - 4 + 4 = -6
        Check.Given(a, b).Hint(1).Near(-6.0, Vectors.Dot(a, b));
        double[] x = [1, 1], y = [1, -1];
        // 1 - 1 = 0
        Check.Given(x, y).Hint(1).Near(0.0, Vectors.Dot(x, y));
    }

    [Fact]
    public void Long_sums_keep_double_precision()
    {
        // 10,000 terms of 0.1 * 1 add up to 1000, and a hundred 0.1s have length
        // sqrt(100 * 0.01) = 1. A double sum stays within 1e-12 of both; a float running
        // sum rounds every step to 7 digits and ends about 0.1 away from 1000.
        double[] a = Enumerable.Repeat(0.1, 10_000).ToArray(), b = Enumerable.Repeat(1.0, 10_000).ToArray();
        Check.Given(a, b).Hint(1).Near(1000.0, Vectors.Dot(a, b));
        double[] tenths = Enumerable.Repeat(0.1, 100).ToArray();
        Check.Given(tenths).Hint(1).Near(1.0, Vectors.Norm(tenths));
    }

    [Theory]
    [InlineData(new[] { 3.0, 4.0 }, 5.0)]            // sqrt(9 + 16)
    [InlineData(new[] { 1.0, -2.0, 2.0 }, 3.0)]      // sqrt(1 + 4 + 4)
    [InlineData(new[] { -7.0 }, 7.0)]                // a single negative entry
    [InlineData(new[] { 0.0, 0.0, 0.0 }, 0.0)]       // the zero vector
    [InlineData(new[] { 1.0, 1.0 }, 1.4142135623730951)] // sqrt(2), not the squared length 2
    public void Norm_is_the_euclidean_length(double[] a, double expected)
    {
        Check.Given(a).Hint(1).Near(expected, Vectors.Norm(a));
    }

    [Fact]
    public void CosineSimilarity_divides_the_dot_product_by_both_norms()
    {
        double[] a = [1, 2, 3], b = [4, 5, 6];
        // 32 / (sqrt(14) * sqrt(77)) = 32 / sqrt(1078) = 0.9746318461970762
        Check.Given(a, b).Hint(2).Near(0.9746318461970762, Vectors.CosineSimilarity(a, b));
    }

    [Theory]
    [InlineData(new[] { 1.0, 2.0, 3.0 }, new[] { 2.0, 4.0, 6.0 }, 1.0)]    // same direction, any length
    [InlineData(new[] { 1.0, 2.0 }, new[] { -3.0, -6.0 }, -1.0)]           // opposite directions
    [InlineData(new[] { 1.0, 0.0 }, new[] { 0.0, 5.0 }, 0.0)]              // orthogonal
    [InlineData(new[] { 1.0, 1.0 }, new[] { 3.0, 0.0 }, 0.7071067811865475)] // 3 / (sqrt(2) * 3) = cos 45 degrees
    public void CosineSimilarity_measures_the_angle_not_the_length(double[] a, double[] b, double expected)
    {
        Check.Given(a, b).Hint(2).Near(expected, Vectors.CosineSimilarity(a, b));
    }

    [Theory]
    [InlineData(new[] { 0.0, 0.0 }, new[] { 1.0, 2.0 })]
    [InlineData(new[] { 1.0, 2.0 }, new[] { 0.0, 0.0 })]
    [InlineData(new[] { 0.0, 0.0 }, new[] { 0.0, 0.0 })]
    public void CosineSimilarity_with_a_zero_vector_is_zero(double[] a, double[] b)
    {
        // ||a|| * ||b|| = 0, so the ratio is 0/0; the kata defines it as 0.0, never NaN.
        Check.Given(a, b).Hint(2).Near(0.0, Vectors.CosineSimilarity(a, b));
    }

    [Fact]
    public void EuclideanDistance_matches_scikit_learns_example()
    {
        // sklearn.metrics.pairwise.euclidean_distances docs: X = [[0, 1], [1, 1]],
        // distances to [0, 0] are [1, 1.41421356]; and from [0, 1] to [1, 1] it is 1.
        double[] origin = [0, 0], p = [0, 1], q = [1, 1];
        Check.Given(p, origin).Hint(3).Near(1.0, Vectors.EuclideanDistance(p, origin));
        Check.Given(q, origin).Hint(3).Near(1.4142135623730951, Vectors.EuclideanDistance(q, origin));
        Check.Given(p, q).Hint(3).Near(1.0, Vectors.EuclideanDistance(p, q));
    }

    [Fact]
    public void EuclideanDistance_sums_squared_differences_over_every_dimension()
    {
        double[] a = [1, 2, 3], b = [4, 5, 6];
        // sqrt(3^2 + 3^2 + 3^2) = sqrt(27) = 5.196152422706632
        Check.Given(a, b).Hint(3).Near(5.196152422706632, Vectors.EuclideanDistance(a, b));
        Check.Given(b, a).Hint(3).Near(5.196152422706632, Vectors.EuclideanDistance(b, a));
        Check.Given(a).Hint(3).Near(0.0, Vectors.EuclideanDistance(a, a));
    }

    [Fact]
    public void EuclideanDistance_stays_accurate_far_from_the_origin()
    {
        // The differences are exactly 1 and 1, so the distance is sqrt(2). Expanding it as
        // |a|^2 + |b|^2 - 2 a.b subtracts numbers near 2e16, where doubles are 4 apart, so
        // the true difference 2 is lost to rounding (the expansion gives 0 here).
        double[] a = [1e8 + 1, 1e8 + 1], b = [1e8, 1e8];
        Check.Given(a, b).Hint(3).Near(1.4142135623730951, Vectors.EuclideanDistance(a, b));
    }

    [Fact]
    public void Empty_vectors_are_rejected_naming_the_empty_one()
    {
        double[] empty = [], one = [1.0];
        var given = Check.Given(empty, one);
        given.Throws<ArgumentException>(() => Vectors.Norm(empty), "a");
        given.Throws<ArgumentException>(() => Vectors.Dot(empty, empty), "a");
        given.Throws<ArgumentException>(() => Vectors.CosineSimilarity(empty, one), "a");
        // b is empty: reported under its own name before any length comparison
        given.Throws<ArgumentException>(() => Vectors.EuclideanDistance(one, empty), "b");
        given.Throws<ArgumentException>(() => Vectors.Dot(one, empty), "b");
    }

    [Fact]
    public void Mismatched_lengths_are_rejected_naming_b()
    {
        double[] a = [1, 2, 3], b = [1, 2];
        var given = Check.Given(a, b).Hint(1);
        given.Throws<ArgumentException>(() => Vectors.Dot(a, b), "b");
        given.Throws<ArgumentException>(() => Vectors.CosineSimilarity(a, b), "b");
        given.Throws<ArgumentException>(() => Vectors.EuclideanDistance(b, a), "b");
    }

    [Fact]
    public void Null_vectors_are_rejected_naming_them()
    {
        double[] a = [1, 2];
        var given = Check.Given(a).Hint(1);
        given.Throws<ArgumentNullException>(() => Vectors.Norm(null!), "a");
        given.Throws<ArgumentNullException>(() => Vectors.Dot(null!, a), "a");
        given.Throws<ArgumentNullException>(() => Vectors.CosineSimilarity(a, null!), "b");
        given.Throws<ArgumentNullException>(() => Vectors.EuclideanDistance(a, null!), "b");
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        double[] a = [1, -2, 3], b = [0.5, 4, -6];
        var given = Check.Given(a, b);
        given.Unchanged(() => Vectors.Dot(a, b));
        given.Unchanged(() => Vectors.Norm(a));
        given.Unchanged(() => Vectors.CosineSimilarity(a, b));
        given.Unchanged(() => Vectors.EuclideanDistance(a, b));
    }
}
