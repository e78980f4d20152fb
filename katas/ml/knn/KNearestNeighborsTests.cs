using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class KNearestNeighborsTests
{
    // Two clusters: label 0 around (1, 1), label 1 around (5, 5), plus a stray label-1 point at (2, 1).
    private static double[][] X => [[1, 1], [1, 2], [2, 2], [5, 5], [6, 5], [5, 6], [2, 1]];
    private static int[] Y => [0, 0, 0, 1, 1, 1, 1];

    [Fact]
    public void Each_query_takes_the_majority_of_its_k_nearest_points()
    {
        double[][] x = X;
        int[] y = Y;
        var model = new KNearestNeighbors(3);
        model.Fit(x, y);
        // (1.5, 1.5): distances² 0.5 (0), 0.5 (0), 0.5 (0), 0.5 (stray 1) → first three in training
        //   order are all label 0 → 0.
        // (2.2, 0.9): nearest (2, 1) d² = 0.05 (1), (1, 1) d² = 1.45 (0), (2, 2) d² = 1.25 (0) → votes 0:2, 1:1 → 0.
        // (5, 5.4): (5, 5) 0.16, (5, 6) 0.36, (6, 5) 1.16, all label 1 → 1.
        double[][] query = [[1.5, 1.5], [2.2, 0.9], [5, 5.4]];
        Check.Given(x, y, query).Hint(1).Equal([0, 0, 1], model.Predict(query));
    }

    [Fact]
    public void The_vote_beats_the_single_nearest_point()
    {
        double[][] x = [[0], [2], [3], [10]];
        int[] y = [7, 4, 4, 7];
        var model = new KNearestNeighbors(3);
        model.Fit(x, y);
        // Query 0.5: distances 0.5 (7), 1.5 (4), 2.5 (4), 9.5 (7) → the three nearest vote 4, 4, 7.
        double[][] query = [[0.5]];
        Check.Given(x, y, query).Hint(3).Equal([4], model.Predict(query));
    }

    [Fact]
    public void Distance_is_Euclidean()
    {
        double[][] x = [[3, 0], [2, 2]];
        int[] y = [0, 1];
        var model = new KNearestNeighbors(1);
        model.Fit(x, y);
        // From the origin: Euclidean 3 for (3, 0) but √8 ≈ 2.83 for (2, 2), so (2, 2) is nearer.
        // (Manhattan distance would say 3 against 4 and pick label 0.)
        double[][] query = [[0, 0]];
        Check.Given(x, y, query).Hint(1).Equal([1], model.Predict(query));
    }

    [Fact]
    public void A_tie_in_votes_goes_to_the_smallest_label()
    {
        double[][] x = [[0], [1], [3], [4], [6]];
        int[] y = [3, 1, 3, 1, 2];
        // Query 0.2, k = 2: nearest 0 (label 3, distance 0.2), then 1 (label 1, distance 0.8):
        //   one vote each → label 1, although label 3 is closer.
        // Query 2.9, k = 4: 3 (3), 4 (1), 1 (1), 0 (3) → two votes each → label 1.
        var pair = new KNearestNeighbors(2);
        pair.Fit(x, y);
        double[][] near = [[0.2]];
        var given = Check.Given(x, y).Hint(3);
        given.Equal([1], pair.Predict(near));
        var four = new KNearestNeighbors(4);
        four.Fit(x, y);
        double[][] middle = [[2.9]];
        given.Equal([1], four.Predict(middle));
    }

    [Fact]
    public void A_three_way_tie_goes_to_the_smallest_label()
    {
        double[][] x = [[0], [1], [2]];
        int[] y = [9, 5, 8];
        var model = new KNearestNeighbors(3);
        model.Fit(x, y);
        double[][] query = [[0]];
        Check.Given(x, y, query).Hint(3).Equal([5], model.Predict(query));
    }

    [Fact]
    public void Among_equal_distances_the_earlier_training_point_is_nearer()
    {
        double[][] x = [[1], [-1]];
        int[] y = [5, 2];
        var model = new KNearestNeighbors(1);
        model.Fit(x, y);
        // Both points are at distance 1 from 0; the first in training order wins, not the smaller label.
        double[][] query = [[0]];
        Check.Given(x, y, query).Hint(2).Equal([5], model.Predict(query));
    }

    [Fact]
    public void Equal_distances_keep_training_order_in_a_large_set()
    {
        // 30 training points all exactly at distance 1 from the origin; only the first three are
        // labelled 9. Keeping training order among equal distances picks exactly those three.
        // (Array.Sort is an introsort and does not keep the order of equal keys beyond 16 items.)
        double[][] unit = [[1, 0], [0, 1], [-1, 0], [0, -1]];
        var x = new double[30][];
        var y = new int[30];
        for (int i = 0; i < 30; i++)
        {
            x[i] = unit[i % 4];
            y[i] = i < 3 ? 9 : 4;
        }
        var model = new KNearestNeighbors(3);
        model.Fit(x, y);
        double[][] query = [[0, 0]];
        Check.Given(x, y, query).Hint(2).Equal([9], model.Predict(query));
    }

    [Fact]
    public void Labels_can_be_any_integers()
    {
        double[][] x = [[0, 0], [0, 1], [10, 10], [10, 11]];
        int[] y = [-3, -3, 1000, 1000];
        var model = new KNearestNeighbors(2);
        model.Fit(x, y);
        double[][] query = [[0, 0.4], [9, 9]];
        Check.Given(x, y, query).Hint(3).Equal([-3, 1000], model.Predict(query));
    }

    [Fact]
    public void K_equal_to_the_training_size_is_allowed()
    {
        double[][] x = X;
        int[] y = Y;
        // k = 7 = every training point: votes 0:3, 1:4 → 1 wherever the query is.
        var model = new KNearestNeighbors(7);
        model.Fit(x, y);
        double[][] query = [[1, 1]];
        Check.Given(x, y, query).Hint(3).Equal([1], model.Predict(query));
    }

    [Fact]
    public void K_larger_than_the_training_size_is_rejected_by_Fit()
    {
        double[][] x = [[0], [1], [2]];
        int[] y = [0, 1, 0];
        var model = new KNearestNeighbors(4);
        Check.Given(x, y).Hint(3).Throws<ArgumentException>(() => model.Fit(x, y), "x");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void K_below_one_is_rejected_by_the_constructor(int k)
    {
        Check.Given(k).Throws<ArgumentOutOfRangeException>(() => new KNearestNeighbors(k), "k");
    }

    [Fact]
    public void A_second_Fit_replaces_the_training_data()
    {
        double[][] x = [[0], [1]];
        int[] y = [4, 4];
        var model = new KNearestNeighbors(1);
        model.Fit(x, y);
        double[][] other = [[0], [1]];
        int[] otherY = [6, 6];
        model.Fit(other, otherY);
        double[][] query = [[0.1]];
        Check.Given(other, otherY, query).Equal([6], model.Predict(query));
    }

    [Fact]
    public void Predicting_no_rows_gives_an_empty_array()
    {
        double[][] x = X;
        int[] y = Y;
        var model = new KNearestNeighbors(1);
        model.Fit(x, y);
        double[][] none = [];
        Check.Given(none).Equal(Array.Empty<int>(), model.Predict(none));
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        double[][] x = X;
        int[] y = Y;
        double[][] query = [[4, 4], [0, 0], [2, 1]];
        var model = new KNearestNeighbors(3);
        var given = Check.Given(x, y, query);
        given.Unchanged(() => model.Fit(x, y));
        given.Unchanged(() => model.Predict(query));
    }

    [Fact]
    public void Predict_before_Fit_is_an_invalid_operation()
    {
        double[][] query = [[0, 0]];
        var model = new KNearestNeighbors(1);
        Check.Given(query).Throws<InvalidOperationException>(() => model.Predict(query));
    }

    [Fact]
    public void Empty_training_data_is_rejected()
    {
        double[][] x = [];
        int[] y = [];
        var model = new KNearestNeighbors(1);
        Check.Given(x, y).Throws<ArgumentException>(() => model.Fit(x, y), "x");
    }

    [Fact]
    public void Labels_of_a_different_length_are_rejected_naming_y()
    {
        double[][] x = [[0], [1], [2]];
        int[] y = [0, 1];
        var model = new KNearestNeighbors(1);
        Check.Given(x, y).Throws<ArgumentException>(() => model.Fit(x, y), "y");
    }

    [Fact]
    public void Rows_of_different_widths_are_rejected()
    {
        double[][] x = [[0, 1], [1, 1], [2]];
        int[] y = [0, 1, 0];
        var model = new KNearestNeighbors(1);
        var given = Check.Given(x, y);
        given.Throws<ArgumentException>(() => model.Fit(x, y), "x");
        model.Fit(X, Y);
        double[][] query = [[1, 2, 3]];
        Check.Given(query).Throws<ArgumentException>(() => model.Predict(query), "x");
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        double[][] x = X;
        int[] y = Y;
        var model = new KNearestNeighbors(1);
        var given = Check.Given(x, y);
        given.Throws<ArgumentNullException>(() => model.Fit(null!, y), "x");
        given.Throws<ArgumentNullException>(() => model.Fit(x, null!), "y");
    }
}
