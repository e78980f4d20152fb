// Mistake: the error is taken as prediction minus rating with the same + update, so every step climbs the squared error instead of descending it.
// Expect: MLK1201
namespace MlKata.Katas;

public sealed class MatrixFactorization
{
    private readonly int _factors;
    private readonly double _learningRate;
    private readonly double _regularization;
    private readonly int _epochs;
    private readonly int _seed;
    private double[][]? _userFactors;   // P, [users][factors]
    private double[][]? _itemFactors;   // Q, [items][factors]

    public MatrixFactorization(int factors, double learningRate, double regularization, int epochs, int seed)
    {
        if (factors < 1) throw new ArgumentOutOfRangeException(nameof(factors), factors, "There must be at least one latent factor.");
        if (!(learningRate > 0) || double.IsInfinity(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "learningRate must be a positive finite number.");
        if (!(regularization >= 0) || double.IsInfinity(regularization))
            throw new ArgumentOutOfRangeException(nameof(regularization), regularization, "regularization must be a finite number >= 0.");
        if (epochs < 0) throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "epochs cannot be negative.");
        _factors = factors;
        _learningRate = learningRate;
        _regularization = regularization;
        _epochs = epochs;
        _seed = seed;
    }

    public void Fit((int User, int Item, double Rating)[] ratings, int users, int items)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (users < 1) throw new ArgumentOutOfRangeException(nameof(users), users, "There must be at least one user.");
        if (items < 1) throw new ArgumentOutOfRangeException(nameof(items), items, "There must be at least one item.");
        for (int n = 0; n < ratings.Length; n++)
        {
            var (user, item, rating) = ratings[n];
            if (user < 0 || user >= users)
                throw new ArgumentException($"ratings[{n}] has user {user}; users are 0..{users - 1}.", nameof(ratings));
            if (item < 0 || item >= items)
                throw new ArgumentException($"ratings[{n}] has item {item}; items are 0..{items - 1}.", nameof(ratings));
            if (!double.IsFinite(rating))
                throw new ArgumentException($"ratings[{n}] has rating {rating}; ratings must be finite.", nameof(ratings));
        }

        // Every Fit starts over from the seed, so fitting is deterministic.
        var random = new Random(_seed);
        var p = Uniform(users, random);
        var q = Uniform(items, random);
        double lr = _learningRate, lambda = _regularization;
        for (int epoch = 0; epoch < _epochs; epoch++)
        {
            foreach (var (user, item, rating) in ratings)
            {
                double[] pu = p[user], qi = q[item];
                double error = Dot(pu, qi) - rating;
                for (int f = 0; f < _factors; f++)
                {
                    double userBefore = pu[f];   // q_i's step uses p_u from before this step
                    pu[f] += lr * (error * qi[f] - lambda * userBefore);
                    qi[f] += lr * (error * userBefore - lambda * qi[f]);
                }
            }
        }
        _userFactors = p;
        _itemFactors = q;
    }

    public double Predict(int user, int item)
    {
        if (_userFactors is null || _itemFactors is null)
            throw new InvalidOperationException("Call Fit before Predict.");
        if (user < 0 || user >= _userFactors.Length)
            throw new ArgumentOutOfRangeException(nameof(user), user, $"users are 0..{_userFactors.Length - 1}.");
        if (item < 0 || item >= _itemFactors.Length)
            throw new ArgumentOutOfRangeException(nameof(item), item, $"items are 0..{_itemFactors.Length - 1}.");
        return Dot(_userFactors[user], _itemFactors[item]);
    }

    // rows x factors, each entry uniform in [-0.1, 0.1).
    private double[][] Uniform(int rows, Random random)
    {
        var matrix = new double[rows][];
        for (int r = 0; r < rows; r++)
        {
            matrix[r] = new double[_factors];
            for (int f = 0; f < _factors; f++) matrix[r][f] = random.NextDouble() * 0.2 - 0.1;
        }
        return matrix;
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0.0;
        for (int f = 0; f < a.Length; f++) sum += a[f] * b[f];
        return sum;
    }
}
