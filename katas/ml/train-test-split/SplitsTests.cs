using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class SplitsTests
{
    private static bool Ascending(int[] values)
    {
        for (int i = 1; i < values.Length; i++)
            if (values[i] <= values[i - 1]) return false;
        return true;
    }

    // Train and Test are disjoint and together hold each of 0..n-1 exactly once.
    private static bool Partitions(int n, int[] train, int[] test) =>
        train.Length + test.Length == n && train.Concat(test).OrderBy(i => i).SequenceEqual(Enumerable.Range(0, n));

    [Theory]
    [InlineData(10, 0.25, 3)]   // ceil(2.5) = 3: the test side rounds up
    [InlineData(4, 0.5, 2)]     // exactly 2
    [InlineData(3, 0.01, 1)]    // ceil(0.03) = 1: any positive fraction tests at least one sample
    [InlineData(100, 0.3, 30)]  // 100 * 0.3 is exactly 30.0 in double
    [InlineData(7, 0.8, 6)]     // ceil(5.6) = 6, one left to train on
    public void TrainTest_test_size_is_the_ceiling_of_n_times_the_fraction(int n, double testFraction, int expected)
    {
        var (train, test) = Splits.TrainTest(n, testFraction, seed: 1);
        var given = Check.Given(n, testFraction).Hint(1);
        given.Equal(expected, test.Length);
        given.Equal(n - expected, train.Length);
    }

    [Fact]
    public void TrainTest_test_size_is_computed_in_double_as_written()
    {
        // 25 * 0.28 is 7.000000000000001 in double (0.28 is stored slightly above 0.28),
        // so the ceiling is 8, exactly as scikit-learn's ceil(test_size * n_samples).
        int n = 25;
        double testFraction = 0.28;
        var (_, test) = Splits.TrainTest(n, testFraction, seed: 3);
        Check.Given(n, testFraction).Hint(1).Equal(8, test.Length);
    }

    [Theory]
    [InlineData(10, 0.25, 0)]
    [InlineData(10, 0.25, 12345)]
    [InlineData(50, 0.4, 7)]
    [InlineData(2, 0.5, 99)]
    [InlineData(1000, 0.1, -5)]
    public void TrainTest_returns_ascending_disjoint_arrays_covering_every_index(int n, double testFraction, int seed)
    {
        var (train, test) = Splits.TrainTest(n, testFraction, seed);
        var given = Check.Given(n, testFraction, seed).Hint(2);
        given.That(Ascending(train), "Train in strictly ascending order", train);
        given.That(Ascending(test), "Test in strictly ascending order", test);
        given.That(Partitions(n, train, test), "Train and Test disjoint, together covering 0..n-1", (train, test));
    }

    [Fact]
    public void TrainTest_is_deterministic_for_a_seed()
    {
        int n = 100, seed = 2024;
        double testFraction = 0.3;
        var first = Splits.TrainTest(n, testFraction, seed);
        var second = Splits.TrainTest(n, testFraction, seed);
        Check.Given(n, testFraction, seed).Hint(2).Equal(first, second);
    }

    [Fact]
    public void TrainTest_depends_on_the_seed()
    {
        // Ten seeds, 20 indices, 10 in test: C(20, 10) = 184756 possible test sets, so ten
        // identical ones mean the seed is not used.
        int n = 20;
        double testFraction = 0.5;
        var distinct = Enumerable.Range(0, 10)
            .Select(seed => string.Join(",", Splits.TrainTest(n, testFraction, seed).Test))
            .Distinct().Count();
        Check.Given(n, testFraction).Hint(2).That(distinct > 1, "different seeds give different test sets (seeds 0..9)", distinct);
    }

    [Fact]
    public void TrainTest_picks_every_index_for_the_test_set_equally_often()
    {
        // n = 12, testFraction = 0.25: 3 test indices, so each index is in the test set with
        // probability 1/4. Over 4000 seeds each count is Binomial(4000, 1/4): mean 1000,
        // standard deviation sqrt(4000 * 1/4 * 3/4) = 27.4. The bound 150 is about 5.5 sigma.
        // An off-by-one Fisher-Yates (rng.Next(i) instead of rng.Next(i + 1), or Next(i + 1, n)
        // instead of Next(i, n)) never leaves an element in place and skews some index by 270.
        int n = 12, seeds = 4000;
        double testFraction = 0.25;
        var counts = new int[n];
        for (int seed = 0; seed < seeds; seed++)
            foreach (int index in Splits.TrainTest(n, testFraction, seed).Test)
                counts[index]++;
        Check.Given(n, testFraction, seeds).Hint(2)
            .That(counts.All(c => Math.Abs(c - 1000) <= 150), "each index in Test 1000 +- 150 times over seeds 0..3999", counts);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.2)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void TrainTest_rejects_a_fraction_outside_the_open_unit_interval(double testFraction)
    {
        int n = 10;
        Check.Given(n, testFraction).Hint(1)
            .Throws<ArgumentOutOfRangeException>(() => Splits.TrainTest(n, testFraction, seed: 0), "testFraction");
    }

    [Theory]
    [InlineData(1, 0.5)]    // ceil(0.5) = 1 of 1 sample: nothing left to train on
    [InlineData(4, 0.8)]    // ceil(3.2) = 4 of 4
    [InlineData(10, 0.95)]  // ceil(9.5) = 10 of 10
    public void TrainTest_rejects_a_split_that_leaves_the_train_set_empty(int n, double testFraction)
    {
        Check.Given(n, testFraction).Hint(1)
            .Throws<ArgumentException>(() => Splits.TrainTest(n, testFraction, seed: 0), "testFraction");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void TrainTest_rejects_no_samples_naming_n(int n)
    {
        double testFraction = 0.5;
        Check.Given(n, testFraction).Hint(1)
            .Throws<ArgumentException>(() => Splits.TrainTest(n, testFraction, seed: 0), "n");
    }

    [Fact]
    public void KFold_matches_scikit_learns_example()
    {
        // sklearn.model_selection.KFold docs, 4 samples, n_splits=2:
        // Fold 0: train [2 3], test [0 1]; Fold 1: train [0 1], test [2 3].
        int n = 4, folds = 2;
        (int[], int[])[] expected = [([2, 3], [0, 1]), ([0, 1], [2, 3])];
        Check.Given(n, folds).Hint(3).Equal(expected, Splits.KFold(n, folds));
    }

    [Fact]
    public void KFold_gives_the_remainder_to_the_first_folds()
    {
        // 10 = 3 * 3 + 1: the first 10 % 3 = 1 fold has 4 indices, the other two have 3.
        int n = 10, folds = 3;
        (int[], int[])[] expected =
        [
            ([4, 5, 6, 7, 8, 9], [0, 1, 2, 3]),
            ([0, 1, 2, 3, 7, 8, 9], [4, 5, 6]),
            ([0, 1, 2, 3, 4, 5, 6], [7, 8, 9]),
        ];
        Check.Given(n, folds).Hint(3).Equal(expected, Splits.KFold(n, folds));
    }

    [Fact]
    public void KFold_with_two_extra_samples_enlarges_the_first_two_folds()
    {
        // 11 = 3 * 3 + 2: test blocks of 4, 4 and 3 -> [0..3], [4..7], [8..10].
        int n = 11, folds = 3;
        var tests = Splits.KFold(n, folds).Select(split => split.Test).ToArray();
        int[][] expected = [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10]];
        Check.Given(n, folds).Hint(3).Equal(expected, tests);
    }

    [Fact]
    public void KFold_with_as_many_folds_as_samples_leaves_one_out()
    {
        int n = 3, folds = 3;
        (int[], int[])[] expected = [([1, 2], [0]), ([0, 2], [1]), ([0, 1], [2])];
        Check.Given(n, folds).Hint(3).Equal(expected, Splits.KFold(n, folds));
    }

    [Theory]
    [InlineData(100, 7)]
    [InlineData(23, 5)]
    [InlineData(2, 2)]
    public void KFold_test_blocks_partition_the_samples_and_each_train_is_the_complement(int n, int folds)
    {
        var splits = Splits.KFold(n, folds);
        var given = Check.Given(n, folds).Hint(3);
        given.Equal(folds, splits.Length);
        given.That(splits.SelectMany(s => s.Test).SequenceEqual(Enumerable.Range(0, n)),
            "the test blocks, in fold order, are exactly 0..n-1", splits.Select(s => s.Test).ToArray());
        foreach (var (train, test) in splits)
        {
            given.That(Ascending(train) && Partitions(n, train, test), "each Train ascending and the complement of its Test", train);
            given.That(test.Length == n / folds || test.Length == n / folds + 1, "every fold size is n / folds or one more", test);
        }
    }

    [Theory]
    [InlineData(10, 1)]
    [InlineData(10, 0)]
    [InlineData(10, -2)]
    [InlineData(10, 11)]
    [InlineData(1, 2)]
    public void KFold_rejects_folds_outside_two_to_n(int n, int folds)
    {
        Check.Given(n, folds).Hint(3).Throws<ArgumentOutOfRangeException>(() => Splits.KFold(n, folds), "folds");
    }
}
