using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class RegularizedRegressionTests
{
    // Three orthogonal columns with (1/n)·x_jᵀx_j = 1, so each lasso weight is found on its own:
    // w_j = S((1/n)·x_jᵀy, α) with S(ρ, α) = sign(ρ)·max(|ρ| − α, 0).
    // (1/4)·x_jᵀy = (1/4)·[4 + 0 + 2 − 2, 4 − 0 + 2 + 2, 4 + 0 − 2 + 2] = [1, 2, 1].
    private static double[][] Orthogonal => [[1, 1, 1], [1, -1, 1], [1, 1, -1], [1, -1, -1]];
    private static double[] OrthogonalY => [4, 0, 2, -2];

    // A correlated pair for coordinate descent by hand: n = 2, z = (1/n)·Σx² = [(4 + 0)/2, (1 + 1)/2] = [2, 1].
    private static double[][] Pair => [[2, 1], [0, 1]];
    private static double[] PairY => [4, 1];

    // Random-looking data for the optimality checks: y depends on features 0 and 2 only.
    private static (double[][] X, double[] Y) Noisy(int n, int d, int seed)
    {
        var random = new Random(seed);
        var x = new double[n][];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = new double[d];
            for (int j = 0; j < d; j++) x[i][j] = random.NextDouble() * 2 - 1;
            y[i] = 3 * x[i][0] - 2 * x[i][2] + 0.1 * (random.NextDouble() * 2 - 1);
        }
        return (x, y);
    }

    private static double[] Residual(double[][] x, double[] y, double[] w) =>
        Enumerable.Range(0, x.Length).Select(i => y[i] - x[i].Zip(w, (a, b) => a * b).Sum()).ToArray();

    // ---------- Ridge ----------

    [Fact]
    public void Ridge_solves_the_penalised_normal_equations()
    {
        double[][] x = [[1, 0], [0, 1], [1, 1]];
        double[] y = [1, 2, 3];
        // XᵀX = [[2, 1], [1, 2]], + 1·I = [[3, 1], [1, 3]], Xᵀy = [1 + 3, 2 + 3] = [4, 5].
        // [[3, 1], [1, 3]]⁻¹ = (1/8)·[[3, −1], [−1, 3]] → w = (1/8)·[12 − 5, −4 + 15] = [7/8, 11/8].
        Check.Given(x, y).Hint(1).Near([7.0 / 8, 11.0 / 8], RegularizedRegression.Ridge(x, y, 1.0));
    }

    [Fact]
    public void Ridge_with_alpha_zero_is_ordinary_least_squares()
    {
        double[][] x = [[1, 0], [0, 1], [1, 1]];
        double[] y = [1, 2, 3];
        // (1/3)·[[2, −1], [−1, 2]]·[4, 5] = [1, 2]: y = x1 + 2·x2 fits exactly.
        Check.Given(x, y).Hint(1).Near([1.0, 2.0], RegularizedRegression.Ridge(x, y, 0.0));
    }

    [Fact]
    public void Ridge_handles_more_features_than_samples()
    {
        double[][] x = [[1, 2, 3]];
        double[] y = [1];
        // (XᵀX + αI)⁻¹Xᵀ = Xᵀ(XXᵀ + αI)⁻¹ and XXᵀ = 1 + 4 + 9 = 14, so w = [1, 2, 3]·1/(14 + 1).
        Check.Given(x, y).Hint(1).Near([1.0 / 15, 2.0 / 15, 3.0 / 15], RegularizedRegression.Ridge(x, y, 1.0));
    }

    [Fact]
    public void Ridge_zeroes_the_gradient_on_larger_data()
    {
        var (x, y) = Noisy(30, 5, seed: 11);
        double alpha = 0.7;
        double[] w = RegularizedRegression.Ridge(x, y, alpha);
        // At the minimum the gradient −2·Xᵀ(y − Xw) + 2αw vanishes: Xᵀr = αw.
        double[] r = Residual(x, y, w);
        double[] gradient = Enumerable.Range(0, 5).Select(j => alpha * w[j] - x.Select((row, i) => row[j] * r[i]).Sum()).ToArray();
        Check.Given(x, y, alpha).Hint(1).Near(new double[5], gradient, 1e-8);
    }

    [Theory]
    [MemberData(nameof(SingularSystems))]
    public void A_singular_ridge_system_is_an_invalid_operation(double[][] x, double[] y)
    {
        Check.Given(x, y).Hint(1).Throws<InvalidOperationException>(() => RegularizedRegression.Ridge(x, y, 0.0));
    }

    public static TheoryData<double[][], double[]> SingularSystems => new()
    {
        { [[1, 2], [2, 4], [3, 6]], [1, 2, 3] }, // second column = 2 × first: XᵀX = [[14, 28], [28, 56]], det 0
        { [[1, 2, 3]], [1] },                    // one sample, three features: XᵀX has rank 1
        { [[1, 0], [2, 0]], [1, 2] },            // an all-zero feature
    };

    [Fact]
    public void A_positive_alpha_makes_a_collinear_system_solvable()
    {
        double[][] x = [[1, 1], [1, 1]];
        double[] y = [2, 2];
        // XᵀX + I = [[3, 2], [2, 3]], Xᵀy = [4, 4]; by symmetry w1 = w2 = 4 / (3 + 2) = 0.8.
        Check.Given(x, y).Hint(1).Near([0.8, 0.8], RegularizedRegression.Ridge(x, y, 1.0));
    }

    // ---------- Lasso ----------

    [Fact]
    public void Lasso_soft_thresholds_each_orthogonal_feature()
    {
        double[][] x = Orthogonal;
        double[] y = OrthogonalY;
        // α = 0.5: [1 − 0.5, 2 − 0.5, 1 − 0.5]
        Check.Given(x, y).Hint(2).Near([0.5, 1.5, 0.5], RegularizedRegression.Lasso(x, y, 0.5));
    }

    [Fact]
    public void Lasso_sets_weak_features_to_exactly_zero()
    {
        double[][] x = Orthogonal;
        double[] y = OrthogonalY;
        // α = 1.2: |1| ≤ 1.2 → 0 exactly, 2 − 1.2 = 0.8.
        double[] w = RegularizedRegression.Lasso(x, y, 1.2);
        var given = Check.Given(x, y).Hint(2);
        given.Near([0.0, 0.8, 0.0], w);
        given.Equal(0.0, w[0]);
        given.Equal(0.0, w[2]);
    }

    [Fact]
    public void Lasso_with_alpha_at_the_largest_correlation_gives_all_zeros()
    {
        double[][] x = Orthogonal;
        double[] y = OrthogonalY;
        // max_j |(1/n)·x_jᵀy| = 2 = α, and S(2, 2) = 0: the whole model is switched off.
        Check.Given(x, y).Hint(2).Equal([0.0, 0.0, 0.0], RegularizedRegression.Lasso(x, y, 2.0));
    }

    [Fact]
    public void One_sweep_updates_the_coordinates_in_order_using_the_newest_weights()
    {
        double[][] x = Pair;
        double[] y = PairY;
        // α = 0.5, w = [0, 0].
        // j = 0: ρ = (1/2)·(2·4 + 0·1) = 4, w0 = S(4, 0.5)/2 = 3.5/2 = 1.75; residual y − x·w = [4 − 3.5, 1] = [0.5, 1]
        // j = 1: ρ = (1/2)·(1·0.5 + 1·1) = 0.75, w1 = S(0.75, 0.5)/1 = 0.25
        // (updating w1 from the old w0 = 0 would give ρ = 2.5 and w1 = 2.)
        Check.Given(x, y).Hint(3).Near([1.75, 0.25], RegularizedRegression.Lasso(x, y, 0.5, maxIterations: 1));
    }

    [Fact]
    public void Two_sweeps_continue_from_the_first()
    {
        double[][] x = Pair;
        double[] y = PairY;
        // After sweep 1: w = [1.75, 0.25].
        // j = 0: residual without feature 0 = y − x1·0.25 = [3.75, 0.75]; ρ = (1/2)·(2·3.75) = 3.75; w0 = 3.25/2 = 1.625
        // j = 1: residual without feature 1 = y − x0·1.625 = [0.75, 1]; ρ = 1.75/2 = 0.875; w1 = 0.375
        Check.Given(x, y).Hint(3).Near([1.625, 0.375], RegularizedRegression.Lasso(x, y, 0.5, maxIterations: 2));
    }

    [Fact]
    public void Lasso_converges_to_the_minimum()
    {
        double[][] x = Pair;
        double[] y = PairY;
        // With both weights positive the optimum satisfies (1/n)·Xᵀ(y − Xw) = α·[1, 1]:
        // (1/n)·XᵀX = [[2, 1], [1, 1]], (1/n)·Xᵀy = [4, 2.5] → [[2, 1], [1, 1]]·w = [3.5, 2] → w = [1.5, 0.5].
        Check.Given(x, y).Hint(3).Near([1.5, 0.5], RegularizedRegression.Lasso(x, y, 0.5, maxIterations: 1000, tolerance: 1e-13));
    }

    [Fact]
    public void Lasso_stops_after_the_first_sweep_whose_largest_change_is_within_tolerance()
    {
        double[][] x = Pair;
        double[] y = PairY;
        // Sweep 2 changes both weights by exactly 0.125 (1.75 → 1.625, 0.25 → 0.375): with tolerance
        // 0.125 it is the last sweep. (A strict < or a sum of changes would run sweep 3.)
        Check.Given(x, y).Hint(3).Near([1.625, 0.375], RegularizedRegression.Lasso(x, y, 0.5, maxIterations: 50, tolerance: 0.125));
    }

    [Fact]
    public void Lasso_keeps_going_while_some_weight_moves_more_than_tolerance()
    {
        double[][] x = Pair;
        double[] y = PairY;
        // Sweep 3: ρ0 = (1/2)·2·(4 − 0.375) = 3.625 → w0 = 3.125/2 = 1.5625;
        // residual [4 − 3.125, 1] → ρ1 = 1.875/2 = 0.9375 → w1 = 0.4375. Changes 0.0625 ≤ 0.1: stop.
        Check.Given(x, y).Hint(3).Near([1.5625, 0.4375], RegularizedRegression.Lasso(x, y, 0.5, maxIterations: 50, tolerance: 0.1));
    }

    [Fact]
    public void Lasso_with_alpha_zero_is_least_squares()
    {
        double[][] x = [[1, 0], [0, 1], [1, 1]];
        double[] y = [1, 2, 3];
        Check.Given(x, y).Hint(2).Near([1.0, 2.0], RegularizedRegression.Lasso(x, y, 0.0, maxIterations: 1000, tolerance: 1e-14), 1e-9);
    }

    [Fact]
    public void An_all_zero_feature_gets_weight_zero()
    {
        double[][] x = [[1, 0], [2, 0]];
        double[] y = [1, 2];
        // z0 = (1 + 4)/2 = 2.5, ρ0 = (1 + 4)/2 = 2.5 → w0 = (2.5 − 0.1)/2.5 = 0.96; z1 = 0 → w1 = 0, not 0/0.
        double[] w = RegularizedRegression.Lasso(x, y, 0.1);
        var given = Check.Given(x, y).Hint(3);
        given.Near([0.96, 0.0], w);
        given.Equal(0.0, w[1]);
    }

    [Fact]
    public void Lasso_drops_irrelevant_features_and_meets_the_optimality_conditions()
    {
        var (x, y) = Noisy(50, 4, seed: 5);
        double alpha = 0.1;
        double[] w = RegularizedRegression.Lasso(x, y, alpha, maxIterations: 10_000, tolerance: 1e-12);
        // Features 1 and 3 do not enter y: their weights are exactly 0.
        var given = Check.Given(x, y, alpha).Hint(2);
        given.Equal(0.0, w[1]);
        given.Equal(0.0, w[3]);
        // Optimality (subgradient) conditions with c_j = (1/n)·x_jᵀ(y − Xw):
        // c_j = α·sign(w_j) where w_j ≠ 0, and |c_j| ≤ α where w_j = 0.
        double[] r = Residual(x, y, w);
        for (int j = 0; j < 4; j++)
        {
            double c = x.Select((row, i) => row[j] * r[i]).Sum() / x.Length;
            if (w[j] != 0) given.Near(alpha * Math.Sign(w[j]), c, 1e-9);
            else given.That(Math.Abs(c) <= alpha, $"|c_{j}| ≤ α = {alpha} for the zero weight {j}", c);
        }
    }

    // ---------- Bad input (both methods) ----------

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_negative_or_undefined_alpha_is_rejected(double alpha)
    {
        double[][] x = Pair;
        double[] y = PairY;
        var given = Check.Given(x, y, alpha);
        given.Throws<ArgumentOutOfRangeException>(() => RegularizedRegression.Ridge(x, y, alpha), "alpha");
        given.Throws<ArgumentOutOfRangeException>(() => RegularizedRegression.Lasso(x, y, alpha), "alpha");
    }

    [Fact]
    public void Lasso_rejects_fewer_than_one_sweep_and_a_negative_tolerance()
    {
        double[][] x = Pair;
        double[] y = PairY;
        var given = Check.Given(x, y);
        given.Throws<ArgumentOutOfRangeException>(() => RegularizedRegression.Lasso(x, y, 0.5, maxIterations: 0), "maxIterations");
        given.Throws<ArgumentOutOfRangeException>(() => RegularizedRegression.Lasso(x, y, 0.5, tolerance: -1e-6), "tolerance");
        given.Throws<ArgumentOutOfRangeException>(() => RegularizedRegression.Lasso(x, y, 0.5, tolerance: double.NaN), "tolerance");
    }

    [Fact]
    public void Empty_data_is_rejected_before_alpha_is_checked()
    {
        double[][] x = [];
        double[] y = [];
        var given = Check.Given(x, y);
        given.Throws<ArgumentException>(() => RegularizedRegression.Ridge(x, y, -1.0), "x");
        given.Throws<ArgumentException>(() => RegularizedRegression.Lasso(x, y, -1.0), "x");
    }

    [Fact]
    public void Targets_of_a_different_length_are_rejected_naming_y()
    {
        double[][] x = Pair;
        double[] y = [4, 1, 0];
        var given = Check.Given(x, y);
        given.Throws<ArgumentException>(() => RegularizedRegression.Ridge(x, y, 1.0), "y");
        given.Throws<ArgumentException>(() => RegularizedRegression.Lasso(x, y, 1.0), "y");
    }

    [Fact]
    public void Rows_of_different_widths_are_rejected()
    {
        double[][] x = [[1, 2], [3]];
        double[] y = [1, 2];
        var given = Check.Given(x, y);
        given.Throws<ArgumentException>(() => RegularizedRegression.Ridge(x, y, 1.0), "x");
        given.Throws<ArgumentException>(() => RegularizedRegression.Lasso(x, y, 1.0), "x");
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        double[][] x = Pair;
        double[] y = PairY;
        var given = Check.Given(x, y);
        given.Throws<ArgumentNullException>(() => RegularizedRegression.Ridge(null!, y, 1.0), "x");
        given.Throws<ArgumentNullException>(() => RegularizedRegression.Lasso(x, null!, 1.0), "y");
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        double[][] x = Pair;
        double[] y = PairY;
        var given = Check.Given(x, y).Hint(3);
        given.Unchanged(() => RegularizedRegression.Ridge(x, y, 1.0));
        given.Unchanged(() => RegularizedRegression.Lasso(x, y, 0.5));
    }
}
