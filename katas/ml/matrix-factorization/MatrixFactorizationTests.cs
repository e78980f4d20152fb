using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class MatrixFactorizationTests
{
    // With learningRate * regularization = 1 the SGD step forgets the old factor:
    //   p_u += lr (e q_i - lambda p_u)  ->  p_u' = lr e q_i
    //   q_i += lr (e p_u - lambda q_i)  ->  q_i' = lr e p_u   (p_u from before the step)
    // so p_u' . q_i' = lr^2 e^2 (p_u . q_i): one step multiplies the prediction s by lr^2 (r - s)^2,
    // whatever the random start. An untrained model (epochs 0, same seed) tells us the start.
    private const double Rate = 0.25, Lambda = 4.0;

    private static double Step(double s, double rating) => Rate * Rate * (rating - s) * (rating - s) * s;

    [Fact]
    public void Predict_before_Fit_is_an_error()
    {
        var model = new MatrixFactorization(2, 0.01, 0.0, 10, seed: 1);
        Check.Given(0, 0).Throws<InvalidOperationException>(() => model.Predict(0, 0));
    }

    [Fact]
    public void Untrained_factors_are_small_and_centred()
    {
        // 40 users and 40 items with one factor each, uniform in [-0.1, 0.1): every prediction is a
        // product p_u * q_i with |p_u * q_i| < 0.01, of both signs, and the largest comes near 0.01.
        var model = new MatrixFactorization(1, 0.01, 0.0, epochs: 0, seed: 3);
        model.Fit([], 40, 40);
        var predictions = (from u in Enumerable.Range(0, 40) from i in Enumerable.Range(0, 40) select model.Predict(u, i)).ToArray();
        var given = Check.Given(40, 40).Hint(1);
        given.That(predictions.All(s => Math.Abs(s) < 0.01), "every |prediction| < 0.1 * 0.1", predictions.Max(s => Math.Abs(s)));
        given.That(predictions.Max(s => Math.Abs(s)) > 0.005, "some |prediction| above 0.005 (factors spread over [-0.1, 0.1))", predictions.Max(s => Math.Abs(s)));
        given.That(predictions.Any(s => s > 0) && predictions.Any(s => s < 0), "predictions of both signs", (predictions.Min(), predictions.Max()));
    }

    [Fact]
    public void One_step_follows_the_update_rule()
    {
        (int User, int Item, double Rating)[] ratings = [(1, 2, 6.0)];
        var start = new MatrixFactorization(3, Rate, Lambda, epochs: 0, seed: 21);
        start.Fit(ratings, 2, 3);
        var model = new MatrixFactorization(3, Rate, Lambda, epochs: 1, seed: 21);
        model.Fit(ratings, 2, 3);
        double s = start.Predict(1, 2);
        var given = Check.Given(ratings, s).Hint(2);
        // s' = 0.25^2 * (6 - s)^2 * s (see the top of this file).
        given.Near(Step(s, 6.0), model.Predict(1, 2));
        // User 0 and items 0 and 1 were not rated: their factors have not moved.
        given.Near(start.Predict(0, 0), model.Predict(0, 0));
        given.Near(start.Predict(0, 1), model.Predict(0, 1));
    }

    [Fact]
    public void Each_epoch_visits_the_ratings_in_the_given_order()
    {
        // Three ratings of the same pair, twice over: six steps s -> 0.25^2 (r - s)^2 s with r = 3, 6, 5, 3, 6, 5.
        (int User, int Item, double Rating)[] ratings = [(0, 0, 3.0), (0, 0, 6.0), (0, 0, 5.0)];
        var start = new MatrixFactorization(2, Rate, Lambda, epochs: 0, seed: 5);
        start.Fit(ratings, 1, 1);
        var model = new MatrixFactorization(2, Rate, Lambda, epochs: 2, seed: 5);
        model.Fit(ratings, 1, 1);
        double s = start.Predict(0, 0), expected = s;
        foreach (double r in new[] { 3.0, 6.0, 5.0, 3.0, 6.0, 5.0 }) expected = Step(expected, r);
        Check.Given(ratings, s).Hint(2).Near(expected, model.Predict(0, 0));
    }

    [Fact]
    public void Regularisation_pulls_a_single_rating_to_r_minus_lambda()
    {
        // One rating r = 5. The updates are gradient steps on (1/2)(r - p.q)^2 + (lambda/2)(|p|^2 + |q|^2),
        // whose non-zero stationary points have e q = lambda p and e p = lambda q, so e = lambda and
        // p = q: the prediction settles at r - lambda = 5 - 0.5 = 4.5 (and at 5 when lambda = 0).
        (int User, int Item, double Rating)[] ratings = [(0, 0, 5.0)];
        var regularised = new MatrixFactorization(2, 0.05, 0.5, epochs: 2000, seed: 8);
        regularised.Fit(ratings, 1, 1);
        var plain = new MatrixFactorization(2, 0.05, 0.0, epochs: 2000, seed: 8);
        plain.Fit(ratings, 1, 1);
        var given = Check.Given(ratings).Hint(3);
        given.Near(4.5, regularised.Predict(0, 0), 1e-6);
        given.Near(5.0, plain.Predict(0, 0), 1e-6);
    }

    [Fact]
    public void Training_recovers_a_rank_one_rating_matrix()
    {
        // r(u, i) = a_u * b_i with a = [1, 2, 3], b = [1, 0.5, 2]: a rank-1 matrix that two factors fit exactly.
        double[] a = [1, 2, 3], b = [1, 0.5, 2];
        var ratings = (from u in Enumerable.Range(0, 3) from i in Enumerable.Range(0, 3) select (u, i, a[u] * b[i])).ToArray();
        var model = new MatrixFactorization(2, 0.05, 0.0, epochs: 3000, seed: 4);
        model.Fit(ratings, 3, 3);
        var given = Check.Given(ratings).Hint(2);
        foreach (var (u, i, r) in ratings)
            given.Near(r, model.Predict(u, i), 0.02);
    }

    [Fact]
    public void Fitting_is_deterministic_for_a_seed()
    {
        (int User, int Item, double Rating)[] ratings = [(0, 1, 4.0), (1, 0, 2.0), (1, 1, 5.0), (0, 0, 1.0)];
        var first = new MatrixFactorization(3, 0.05, 0.01, 20, seed: 12);
        var second = new MatrixFactorization(3, 0.05, 0.01, 20, seed: 12);
        var other = new MatrixFactorization(3, 0.05, 0.01, 20, seed: 13);
        first.Fit(ratings, 2, 3);
        second.Fit(ratings, 2, 3);
        other.Fit(ratings, 2, 3);
        var given = Check.Given(ratings).Hint(1);
        given.Near(first.Predict(0, 2), second.Predict(0, 2), 0);
        given.Near(first.Predict(1, 1), second.Predict(1, 1), 0);
        given.That(first.Predict(0, 2) != other.Predict(0, 2), "another seed starts from other factors");
        // Fit again on the same model: it starts over from new Random(seed), so nothing changes.
        double before = first.Predict(1, 2);
        first.Fit(ratings, 2, 3);
        given.Near(before, first.Predict(1, 2), 0);
    }

    [Theory]
    [InlineData(0, 0.01, 0.0, 1, "factors")]
    [InlineData(2, 0.0, 0.0, 1, "learningRate")]
    [InlineData(2, -0.1, 0.0, 1, "learningRate")]
    [InlineData(2, double.NaN, 0.0, 1, "learningRate")]
    [InlineData(2, 0.01, -0.5, 1, "regularization")]
    [InlineData(2, 0.01, double.NaN, 1, "regularization")]
    [InlineData(2, 0.01, 0.0, -1, "epochs")]
    public void Hyperparameters_are_checked(int factors, double learningRate, double regularization, int epochs, string paramName)
    {
        Check.Given(factors, learningRate, regularization, epochs).Throws<ArgumentOutOfRangeException>(
            () => new MatrixFactorization(factors, learningRate, regularization, epochs, 1), paramName);
    }

    [Fact]
    public void Fit_needs_at_least_one_user_and_one_item()
    {
        var model = new MatrixFactorization(2, 0.01, 0.0, 1, seed: 1);
        (int User, int Item, double Rating)[] ratings = [];
        var given = Check.Given(ratings);
        given.Throws<ArgumentOutOfRangeException>(() => model.Fit(ratings, 0, 3), "users");
        given.Throws<ArgumentOutOfRangeException>(() => model.Fit(ratings, 3, 0), "items");
    }

    [Theory]
    [InlineData(2, 0, 3.0)]    // user 2 of users 0..1
    [InlineData(-1, 0, 3.0)]
    [InlineData(0, 3, 3.0)]    // item 3 of items 0..2
    [InlineData(0, 1, double.NaN)]
    public void Ratings_must_name_known_users_and_items_and_be_finite(int user, int item, double rating)
    {
        var model = new MatrixFactorization(2, 0.01, 0.0, 1, seed: 1);
        (int User, int Item, double Rating)[] ratings = [(0, 0, 4.0), (user, item, rating)];
        Check.Given(ratings).Throws<ArgumentException>(() => model.Fit(ratings, 2, 3), "ratings");
    }

    [Fact]
    public void Predict_rejects_unknown_users_and_items()
    {
        var model = new MatrixFactorization(2, 0.01, 0.0, 1, seed: 1);
        model.Fit([(0, 0, 4.0)], 2, 3);
        var given = Check.Given(2, 3);
        given.Throws<ArgumentOutOfRangeException>(() => model.Predict(2, 0), "user");
        given.Throws<ArgumentOutOfRangeException>(() => model.Predict(-1, 0), "user");
        given.Throws<ArgumentOutOfRangeException>(() => model.Predict(0, 3), "item");
    }

    [Fact]
    public void Ratings_are_not_modified()
    {
        (int User, int Item, double Rating)[] ratings = [(0, 1, 4.0), (1, 0, 2.0), (1, 1, 5.0), (0, 0, 1.0), (1, 2, 3.0)];
        var model = new MatrixFactorization(2, 0.05, 0.01, 5, seed: 2);
        Check.Given(ratings).Unchanged(() => model.Fit(ratings, 2, 3));
    }
}
