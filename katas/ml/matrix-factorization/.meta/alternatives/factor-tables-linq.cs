namespace MlKata.Katas;

public sealed class MatrixFactorization
{
    private sealed record LatentFactors(double[][] UserVectors, double[][] ItemVectors);

    private readonly int factorCount;
    private readonly double stepSize;
    private readonly double penalty;
    private readonly int epochCount;
    private readonly int randomSeed;
    private LatentFactors? learned;

    public MatrixFactorization(int factors, double learningRate, double regularization, int epochs, int seed)
    {
        factorCount = factors >= 1 ? factors : throw new ArgumentOutOfRangeException(nameof(factors), factors, "Use at least one factor.");
        stepSize = learningRate > 0 && learningRate < double.PositiveInfinity
            ? learningRate
            : throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be positive and finite.");
        penalty = regularization >= 0 && regularization < double.PositiveInfinity
            ? regularization
            : throw new ArgumentOutOfRangeException(nameof(regularization), regularization, "The regularization must be finite and non-negative.");
        epochCount = epochs >= 0 ? epochs : throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "Epochs cannot be negative.");
        randomSeed = seed;
    }

    public void Fit((int User, int Item, double Rating)[] ratings, int users, int items)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (users < 1) throw new ArgumentOutOfRangeException(nameof(users), users, "There must be a user.");
        if (items < 1) throw new ArgumentOutOfRangeException(nameof(items), items, "There must be an item.");
        if (ratings.Any(entry => entry.User < 0 || entry.User >= users))
            throw new ArgumentException("A rating names an unknown user.", nameof(ratings));
        if (ratings.Any(entry => entry.Item < 0 || entry.Item >= items))
            throw new ArgumentException("A rating names an unknown item.", nameof(ratings));
        if (ratings.Any(entry => !double.IsFinite(entry.Rating)))
            throw new ArgumentException("Ratings must be finite.", nameof(ratings));

        var generator = new Random(randomSeed);
        double[][] userVectors = RandomTable(users, generator);
        double[][] itemVectors = RandomTable(items, generator);

        for (int epoch = 0; epoch < epochCount; epoch++)
        {
            foreach (var (user, item, rating) in ratings)
            {
                double[] userVector = userVectors[user], itemVector = itemVectors[item];
                double error = rating - DotProduct(userVector, itemVector);
                double[] userBeforeStep = userVector.ToArray();
                for (int factor = 0; factor < factorCount; factor++)
                    userVector[factor] += stepSize * (error * itemVector[factor] - penalty * userVector[factor]);
                for (int factor = 0; factor < factorCount; factor++)
                    itemVector[factor] += stepSize * (error * userBeforeStep[factor] - penalty * itemVector[factor]);
            }
        }
        learned = new LatentFactors(userVectors, itemVectors);
    }

    public double Predict(int user, int item)
    {
        var factors = learned ?? throw new InvalidOperationException("Fit the model before Predict.");
        if (user < 0 || user >= factors.UserVectors.Length)
            throw new ArgumentOutOfRangeException(nameof(user), user, "The user was not part of the fit.");
        if (item < 0 || item >= factors.ItemVectors.Length)
            throw new ArgumentOutOfRangeException(nameof(item), item, "The item was not part of the fit.");
        return DotProduct(factors.UserVectors[user], factors.ItemVectors[item]);
    }

    private double[][] RandomTable(int rows, Random generator) =>
        Enumerable.Range(0, rows)
            .Select(_ => Enumerable.Range(0, factorCount).Select(_ => generator.NextDouble() * 0.2 - 0.1).ToArray())
            .ToArray();

    private static double DotProduct(double[] left, double[] right) => left.Zip(right, (a, b) => a * b).Sum();
}
