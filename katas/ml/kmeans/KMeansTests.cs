using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class KMeansTests
{
    // Two groups of three whose means are [1, 1] and [10, 10], started from poor centroids.
    private static double[][] X => [[0, 0], [0, 3], [3, 0], [9, 9], [9, 12], [12, 9]];
    private static double[][] Start => [[0, 0], [3, 0]];

    // Squared distances used below:
    // step 1, centroids [0, 0] and [3, 0]:
    //   [0, 3]: 9 vs 18 → 0;  [3, 0]: 9 vs 0 → 1;  [9, 9]: 162 vs 117 → 1;  [9, 12]: 225 vs 180 → 1;  [12, 9]: 225 vs 162 → 1
    //   labels [0, 0, 1, 1, 1, 1], inertia 0 + 9 + 0 + 117 + 180 + 162 = 468
    // update: c0 = mean([0, 0], [0, 3]) = [0, 1.5]; c1 = mean([3, 0], [9, 9], [9, 12], [12, 9]) = [33/4, 30/4] = [8.25, 7.5]
    // step 2: [3, 0]: 9 + 2.25 = 11.25 vs 5.25² + 7.5² = 83.8125 → 0; the others keep their cluster
    //   labels [0, 0, 0, 1, 1, 1] (one change), inertia
    //   2.25 + 2.25 + 11.25 + (0.5625 + 2.25) + (0.5625 + 20.25) + (14.0625 + 2.25) = 55.6875
    // update: c0 = mean([0, 0], [0, 3], [3, 0]) = [1, 1]; c1 = mean([9, 9], [9, 12], [12, 9]) = [10, 10]
    // step 3: no label changes → stop. inertia (2 + 5 + 5) + (2 + 5 + 5) = 24.

    [Fact]
    public void Lloyd_iterations_converge_to_the_group_means()
    {
        double[][] x = X, initialCentroids = Start;
        var model = new KMeans(2);
        int[] labels = model.Fit(x, initialCentroids);
        var given = Check.Given(x, initialCentroids).Hint(1);
        given.Equal([0, 0, 0, 1, 1, 1], labels);
        given.Near([[1.0, 1.0], [10.0, 10.0]], model.Centroids);
        given.Near(24.0, model.Inertia);
    }

    [Fact]
    public void Iterations_counts_every_assignment_step_including_the_last()
    {
        double[][] x = X, initialCentroids = Start;
        var model = new KMeans(2);
        model.Fit(x, initialCentroids);
        // Three assignment steps: two that changed labels, and the third that found no change.
        Check.Given(x, initialCentroids).Hint(3).Equal(3, model.Iterations);
    }

    [Fact]
    public void One_iteration_only_assigns_to_the_initial_centroids()
    {
        double[][] x = X, initialCentroids = Start;
        var model = new KMeans(2, maxIterations: 1);
        int[] labels = model.Fit(x, initialCentroids);
        var given = Check.Given(x, initialCentroids).Hint(3);
        given.Equal([0, 0, 1, 1, 1, 1], labels);
        given.Near([[0.0, 0.0], [3.0, 0.0]], model.Centroids);
        given.Near(468.0, model.Inertia);
        given.Equal(1, model.Iterations);
    }

    [Fact]
    public void Stopping_at_maxIterations_reports_the_assignment_to_the_final_centroids()
    {
        double[][] x = X, initialCentroids = Start;
        var model = new KMeans(2, maxIterations: 2);
        int[] labels = model.Fit(x, initialCentroids);
        var given = Check.Given(x, initialCentroids).Hint(3);
        given.Equal([0, 0, 0, 1, 1, 1], labels);
        given.Near([[0.0, 1.5], [8.25, 7.5]], model.Centroids);
        given.Near(55.6875, model.Inertia);
        given.Equal(2, model.Iterations);
    }

    [Fact]
    public void Small_centroid_moves_stop_the_loop_after_one_more_assignment()
    {
        double[][] x = [[0], [2], [6], [10]];
        double[][] initialCentroids = [[0], [3]];
        // step 1: 0 → 0; 2 → 1 (distance 2 vs 1); 6 → 1; 10 → 1. update: c0 stays 0, c1 = 18/3 = 6 (moved 3).
        // step 2: 2 → 0 (2 vs 4), a label changed, but no centroid moved more than 3 → stop here.
        //   centroids [0], [6]; labels [0, 0, 1, 1]; inertia 0 + 4 + 0 + 16 = 20; 2 iterations.
        var model = new KMeans(2, tolerance: 3.0);
        int[] labels = model.Fit(x, initialCentroids);
        var given = Check.Given(x, initialCentroids).Hint(3);
        given.Equal([0, 0, 1, 1], labels);
        given.Near([[0.0], [6.0]], model.Centroids);
        given.Near(20.0, model.Inertia);
        given.Equal(2, model.Iterations);
    }

    [Fact]
    public void A_move_just_above_the_tolerance_keeps_iterating()
    {
        double[][] x = [[0], [2], [6], [10]];
        double[][] initialCentroids = [[0], [3]];
        // As above, but a move of 3 > 2.9: update c0 = 1, c1 = 8 (moves 1 and 2);
        // step 3: 0, 2 → 0 and 6, 10 → 1, no change → stop. inertia 1 + 1 + 4 + 4 = 10; 3 iterations.
        var model = new KMeans(2, tolerance: 2.9);
        int[] labels = model.Fit(x, initialCentroids);
        var given = Check.Given(x, initialCentroids).Hint(3);
        given.Equal([0, 0, 1, 1], labels);
        given.Near([[1.0], [8.0]], model.Centroids);
        given.Near(10.0, model.Inertia);
        given.Equal(3, model.Iterations);
    }

    [Fact]
    public void The_stop_compares_each_centroid_move_not_their_total()
    {
        double[][] x = [[0], [2], [4], [5]];
        double[][] initialCentroids = [[3], [6]];
        // step 1: 0, 2, 4 → 0 (4 is 1 from 3, 2 from 6); 5 → 1. update: c0 = 6/3 = 2, c1 = 5:
        //   each moved by 1 ≤ 1.5, together by 2 > 1.5.
        // step 2: 4 → 1 (2 vs 1), a label changed, but every centroid moved ≤ 1.5 → stop here.
        //   centroids [2], [5]; labels [0, 0, 1, 1]; inertia 4 + 0 + 1 + 0 = 5; 2 iterations.
        // Comparing the summed moves (or their summed squares) with the tolerance goes on to
        // [1], [4.5] after 3 iterations.
        var model = new KMeans(2, tolerance: 1.5);
        int[] labels = model.Fit(x, initialCentroids);
        var given = Check.Given(x, initialCentroids).Hint(2);
        given.Equal([0, 0, 1, 1], labels);
        given.Near([[2.0], [5.0]], model.Centroids);
        given.Near(5.0, model.Inertia);
        given.Equal(2, model.Iterations);
    }

    [Fact]
    public void A_point_equidistant_to_two_centroids_joins_the_lower_index()
    {
        double[][] x = [[0, 0], [2, 0], [1, 0]];
        double[][] initialCentroids = [[0, 0], [2, 0]];
        // step 1: [1, 0] is at distance 1 from both → cluster 0. update: c0 = [0.5, 0], c1 = [2, 0].
        // step 2: [1, 0] is 0.5 from c0 and 1 from c1 → no change. inertia 0.25 + 0 + 0.25 = 0.5.
        var model = new KMeans(2);
        int[] labels = model.Fit(x, initialCentroids);
        var given = Check.Given(x, initialCentroids).Hint(1);
        given.Equal([0, 1, 0], labels);
        given.Near([[0.5, 0.0], [2.0, 0.0]], model.Centroids);
        given.Near(0.5, model.Inertia);
    }

    [Fact]
    public void An_empty_cluster_keeps_its_previous_centroid()
    {
        double[][] x = [[0], [1], [3]];
        double[][] initialCentroids = [[0], [100], [3]];
        // step 1: 0 → 0; 1 → 0 (1 vs 2); 3 → 2. Nobody joins cluster 1, so it stays at 100.
        // update: c0 = 0.5, c2 = 3. step 2: no change. inertia 0.25 + 0.25 + 0 = 0.5; 2 iterations.
        var model = new KMeans(3);
        int[] labels = model.Fit(x, initialCentroids);
        var given = Check.Given(x, initialCentroids).Hint(2);
        given.Equal([0, 0, 2], labels);
        given.Near([[0.5], [100.0], [3.0]], model.Centroids);
        given.Near(0.5, model.Inertia);
        given.Equal(2, model.Iterations);
    }

    [Fact]
    public void More_clusters_than_points_leave_the_extra_centroids_in_place()
    {
        double[][] x = [[0, 0], [4, 4]];
        double[][] initialCentroids = [[0, 0], [4, 4], [9, -9]];
        var model = new KMeans(3);
        int[] labels = model.Fit(x, initialCentroids);
        var given = Check.Given(x, initialCentroids).Hint(2);
        given.Equal([0, 1], labels);
        given.Near([[0.0, 0.0], [4.0, 4.0], [9.0, -9.0]], model.Centroids);
        given.Near(0.0, model.Inertia);
    }

    [Fact]
    public void Well_separated_blobs_are_found_in_two_iterations()
    {
        // 60 points in three rings around (0, 0), (20, 0) and (0, 20), interleaved (point i belongs
        // to blob i % 3), starting from the first point of each blob. Step 1 already separates the
        // blobs, the update moves each centroid to its blob's mean, and step 2 changes nothing.
        double[][] centres = [[0, 0], [20, 0], [0, 20]];
        var x = new double[60][];
        for (int i = 0; i < 60; i++)
        {
            double radius = 1 + i % 4 * 0.5, angle = i * 0.7;
            x[i] = [centres[i % 3][0] + radius * Math.Cos(angle), centres[i % 3][1] + radius * Math.Sin(angle)];
        }
        double[][] initialCentroids = [x[0], x[1], x[2]];
        var means = new double[3][];
        for (int b = 0; b < 3; b++)
        {
            var members = Enumerable.Range(0, 60).Where(i => i % 3 == b).Select(i => x[i]).ToArray();
            means[b] = [members.Average(p => p[0]), members.Average(p => p[1])];
        }
        double inertia = Enumerable.Range(0, 60).Sum(i =>
            Math.Pow(x[i][0] - means[i % 3][0], 2) + Math.Pow(x[i][1] - means[i % 3][1], 2));

        var model = new KMeans(3);
        int[] labels = model.Fit(x, initialCentroids);
        var given = Check.Given(x, initialCentroids).Hint(1);
        given.Equal(Enumerable.Range(0, 60).Select(i => i % 3).ToArray(), labels);
        given.Near(means, model.Centroids);
        given.Near(inertia, model.Inertia);
        given.Equal(2, model.Iterations);
    }

    [Fact]
    public void Centroids_returns_a_copy()
    {
        double[][] x = X, initialCentroids = Start;
        var model = new KMeans(2);
        model.Fit(x, initialCentroids);
        model.Centroids[0][0] = 99;
        Check.Given(x, initialCentroids).Near([[1.0, 1.0], [10.0, 10.0]], model.Centroids);
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        double[][] x = X, initialCentroids = Start;
        var model = new KMeans(2);
        Check.Given(x, initialCentroids).Hint(1).Unchanged(() => model.Fit(x, initialCentroids));
    }

    [Fact]
    public void Using_the_model_before_Fit_is_an_invalid_operation()
    {
        var model = new KMeans(2);
        var given = Check.Given(model);
        given.Throws<InvalidOperationException>(() => _ = model.Centroids);
        given.Throws<InvalidOperationException>(() => _ = model.Inertia);
        given.Throws<InvalidOperationException>(() => _ = model.Iterations);
    }

    [Theory]
    [InlineData(0, 300, 1e-4, "k")]
    [InlineData(2, 0, 1e-4, "maxIterations")]
    [InlineData(2, 300, -1e-4, "tolerance")]
    [InlineData(2, 300, double.NaN, "tolerance")]
    public void Hyperparameters_out_of_range_are_rejected(int k, int maxIterations, double tolerance, string paramName)
    {
        Check.Given(k, maxIterations, tolerance)
            .Throws<ArgumentOutOfRangeException>(() => new KMeans(k, maxIterations, tolerance), paramName);
    }

    [Fact]
    public void Empty_data_is_rejected()
    {
        double[][] x = [];
        double[][] initialCentroids = Start;
        var model = new KMeans(2);
        Check.Given(x, initialCentroids).Throws<ArgumentException>(() => model.Fit(x, initialCentroids), "x");
    }

    [Fact]
    public void Points_of_different_widths_are_rejected()
    {
        double[][] x = [[0, 0], [1], [2, 2]];
        double[][] initialCentroids = Start;
        var model = new KMeans(2);
        Check.Given(x, initialCentroids).Throws<ArgumentException>(() => model.Fit(x, initialCentroids), "x");
    }

    [Fact]
    public void The_number_of_initial_centroids_must_be_k()
    {
        double[][] x = X;
        double[][] initialCentroids = [[0, 0], [3, 0], [6, 6]];
        var model = new KMeans(2);
        Check.Given(x, initialCentroids).Throws<ArgumentException>(() => model.Fit(x, initialCentroids), "initialCentroids");
    }

    [Fact]
    public void Initial_centroids_must_have_the_points_width()
    {
        double[][] x = X;
        double[][] initialCentroids = [[0, 0], [3, 0, 1]];
        var model = new KMeans(2);
        Check.Given(x, initialCentroids).Throws<ArgumentException>(() => model.Fit(x, initialCentroids), "initialCentroids");
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        double[][] x = X, initialCentroids = Start;
        var model = new KMeans(2);
        var given = Check.Given(x, initialCentroids);
        given.Throws<ArgumentNullException>(() => model.Fit(null!, initialCentroids), "x");
        given.Throws<ArgumentNullException>(() => model.Fit(x, null!), "initialCentroids");
    }
}
