using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class StandardScalerTests
{
    // scikit-learn's StandardScaler documentation example.
    private static double[][] SklearnData => [[0, 0], [0, 0], [1, 1], [1, 1]];

    // Four samples, two features on different scales (a 4x2 matrix, so rows and columns differ).
    // Column 0: 1, 2, 3, 4    mean 2.5, deviations -1.5 -0.5 0.5 1.5,
    //           population variance (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25, scale sqrt(1.25)
    // Column 1: ten times column 0, mean 25, scale 10 sqrt(1.25) = sqrt(125)
    private static double[][] TwoScales => [[1, 10], [2, 20], [3, 30], [4, 40]];

    [Fact]
    public void Fit_learns_the_sklearn_example_statistics()
    {
        double[][] x = SklearnData;
        var scaler = new StandardScaler();
        scaler.Fit(x);
        // mean (0 + 0 + 1 + 1) / 4 = 0.5; variance 4 * 0.25 / 4 = 0.25, scale 0.5
        Check.Given(x).Hint(1).Near([0.5, 0.5], scaler.Mean);
        Check.Given(x).Hint(2).Near([0.5, 0.5], scaler.Scale);
    }

    [Fact]
    public void Transform_standardises_the_sklearn_example()
    {
        double[][] x = SklearnData;
        var scaler = new StandardScaler();
        scaler.Fit(x);
        // (0 - 0.5) / 0.5 = -1, (1 - 0.5) / 0.5 = 1
        Check.Given(x).Hint(1).Near([[-1, -1], [-1, -1], [1, 1], [1, 1]], scaler.Transform(x));
    }

    [Fact]
    public void Transform_uses_the_statistics_from_Fit_not_its_own_input()
    {
        double[][] train = SklearnData, test = [[2, 2]];
        var scaler = new StandardScaler();
        scaler.Fit(train);
        // sklearn docs: transform([[2, 2]]) -> [[3, 3]], i.e. (2 - 0.5) / 0.5 with the training statistics.
        Check.Given(train, test).Hint(1).Near([[3, 3]], scaler.Transform(test));
    }

    [Fact]
    public void Transform_of_new_data_does_not_change_the_fitted_statistics()
    {
        double[][] train = TwoScales, test = [[100, -5], [7, 0], [-3, 12]];
        var scaler = new StandardScaler();
        scaler.Fit(train);
        scaler.Transform(test);
        // Still the training statistics: a transform must never refit.
        Check.Given(train, test).Hint(1).Near([2.5, 25.0], scaler.Mean);
        // (7 - 2.5) / sqrt(1.25) = 4.024922359499621, (0 - 25) / sqrt(125) = -2.23606797749979
        Check.Given(train, test).Hint(1).Near([[4.024922359499621, -2.23606797749979]], scaler.Transform([[7, 0]]));
    }

    [Fact]
    public void Each_feature_gets_its_own_mean_and_population_scale()
    {
        double[][] x = TwoScales;
        var scaler = new StandardScaler();
        scaler.Fit(x);
        Check.Given(x).Hint(1).Near([2.5, 25.0], scaler.Mean);
        // population std: sqrt(5 / 4) = 1.118033988749895, and sqrt(500 / 4) = 11.180339887498949;
        // the sample std would be sqrt(5 / 3) = 1.2909944487358056.
        Check.Given(x).Hint(2).Near([1.118033988749895, 11.180339887498949], scaler.Scale);
        // Both columns standardise to the same values: -1.5 / sqrt(1.25) = -1.3416407864998738,
        // -0.5 / sqrt(1.25) = -0.4472135954999579, and their negatives.
        double a = 1.3416407864998738, b = 0.4472135954999579;
        Check.Given(x).Hint(2).Near([[-a, -a], [-b, -b], [b, b], [a, a]], scaler.Transform(x));
    }

    [Fact]
    public void Scale_is_the_population_not_the_sample_standard_deviation()
    {
        double[][] x = [[2], [4], [4], [4], [5], [5], [7], [9]];
        var scaler = new StandardScaler();
        scaler.Fit(x);
        // mean 40 / 8 = 5; squared deviations 9 1 1 1 0 0 4 16 sum to 32;
        // 32 / 8 = 4 -> scale 2 (dividing by n - 1 = 7 would give 2.138...)
        Check.Given(x).Hint(2).Near([2.0], scaler.Scale);
        Check.Given(x).Hint(2).Near([[2.0]], scaler.Transform([[9]]));
    }

    [Fact]
    public void A_constant_feature_gets_scale_one()
    {
        double[][] x = [[3, 1], [3, 2], [3, 3]];
        var scaler = new StandardScaler();
        scaler.Fit(x);
        // column 0 never varies: scale 1.0, so it transforms to value - mean = 0
        Check.Given(x).Hint(3).Near([1.0, 0.816496580927726], scaler.Scale); // sqrt(2 / 3)
        Check.Given(x).Hint(3).Near([[0, 0], [5, 1.2247448713915890]], scaler.Transform([[3, 2], [8, 3]])); // 1 / sqrt(2/3)
    }

    [Fact]
    public void A_constant_feature_is_detected_from_the_values_not_a_rounded_deviation()
    {
        // Three copies of 0.1 sum to 0.30000000000000004, so the computed mean is
        // 0.10000000000000002 and the computed deviation is about 1.4e-17, not 0.
        // The column is constant all the same: scale 1.0, and each value maps to about -1.4e-17.
        double[][] x = [[0.1], [0.1], [0.1]];
        var scaler = new StandardScaler();
        scaler.Fit(x);
        Check.Given(x).Hint(3).Near([1.0], scaler.Scale);
        Check.Given(x).Hint(3).Near([[0], [0], [0]], scaler.Transform(x));
    }

    [Fact]
    public void Large_values_close_together_keep_their_spread()
    {
        // 1e9 + 1, 1e9 + 2, 1e9 + 3: mean 1e9 + 2, deviations -1 0 1, variance 2 / 3,
        // scale sqrt(2/3) = 0.816496580927726. E[x^2] - E[x]^2 subtracts two numbers near 1e18
        // (doubles there are 128 apart) and loses the variance entirely.
        double[][] x = [[1e9 + 1], [1e9 + 2], [1e9 + 3]];
        var scaler = new StandardScaler();
        scaler.Fit(x);
        Check.Given(x).Hint(2).Near([0.816496580927726], scaler.Scale);
        Check.Given(x).Hint(2).Near([[-1.224744871391589], [0], [1.224744871391589]], scaler.Transform(x));
    }

    [Fact]
    public void A_second_Fit_replaces_the_first()
    {
        double[][] first = SklearnData, second = [[10], [20]];
        var scaler = new StandardScaler();
        scaler.Fit(first);
        scaler.Fit(second);
        // mean 15, deviations -5 and 5, population variance 25, scale 5
        Check.Given(first, second).Hint(1).Near([15.0], scaler.Mean);
        Check.Given(first, second).Hint(1).Near([5.0], scaler.Scale);
    }

    [Fact]
    public void Mean_and_Scale_return_copies()
    {
        double[][] x = TwoScales;
        var scaler = new StandardScaler();
        scaler.Fit(x);
        scaler.Mean[0] = 1000;
        scaler.Scale[1] = 1000;
        Check.Given(x).Hint(1).Near([2.5, 25.0], scaler.Mean);
        Check.Given(x).Hint(1).Near([1.118033988749895, 11.180339887498949], scaler.Scale);
    }

    [Fact]
    public void Using_the_scaler_before_Fit_is_an_error()
    {
        double[][] x = SklearnData;
        var scaler = new StandardScaler();
        var given = Check.Given(x);
        given.Throws<InvalidOperationException>(() => scaler.Transform(x));
        given.Throws<InvalidOperationException>(() => _ = scaler.Mean);
        given.Throws<InvalidOperationException>(() => _ = scaler.Scale);
    }

    [Fact]
    public void Bad_matrices_are_rejected_naming_x()
    {
        double[][] empty = [], ragged = [[1, 2], [3]];
        var given = Check.Given(empty, ragged);
        given.Throws<ArgumentNullException>(() => new StandardScaler().Fit(null!), "x");
        given.Throws<ArgumentException>(() => new StandardScaler().Fit(empty), "x");
        given.Throws<ArgumentException>(() => new StandardScaler().Fit(ragged), "x");
    }

    [Fact]
    public void Transform_rejects_bad_matrices_naming_x()
    {
        double[][] train = SklearnData, empty = [], wrongWidth = [[1, 2, 3]];
        var scaler = new StandardScaler();
        scaler.Fit(train);
        var given = Check.Given(train, empty, wrongWidth);
        given.Throws<ArgumentNullException>(() => scaler.Transform(null!), "x");
        given.Throws<ArgumentException>(() => scaler.Transform(empty), "x");
        given.Throws<ArgumentException>(() => scaler.Transform(wrongWidth), "x");
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        double[][] train = TwoScales, test = [[5, 50], [0, 0]];
        var scaler = new StandardScaler();
        var given = Check.Given(train, test);
        given.Unchanged(() => scaler.Fit(train));
        given.Unchanged(() => scaler.Transform(test));
        given.Unchanged(() => scaler.Transform(train));
        Check.Given(train).That(!ReferenceEquals(train, scaler.Transform(train)), "Transform returns a new matrix");
    }
}
