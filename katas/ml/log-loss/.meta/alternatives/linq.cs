namespace MlKata.Katas;

public static class LogLoss
{
    private const double Eps = 1e-15;

    private static double Clip(double probability) => Math.Min(Math.Max(probability, Eps), 1 - Eps);

    private static bool IsProbability(double value) => value >= 0 && value <= 1; // false for NaN

    public static double Binary(int[] yTrue, double[] probabilityOfOne)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(probabilityOfOne);
        if (yTrue.Length == 0) throw new ArgumentException("yTrue is empty.", nameof(yTrue));
        if (probabilityOfOne.Length != yTrue.Length) throw new ArgumentException("Lengths differ.", nameof(probabilityOfOne));
        if (yTrue.Any(label => label is not (0 or 1))) throw new ArgumentException("Labels must be 0 or 1.", nameof(yTrue));
        if (!probabilityOfOne.All(IsProbability)) throw new ArgumentException("Probabilities must lie in [0, 1].", nameof(probabilityOfOne));

        return yTrue.Zip(probabilityOfOne, (label, probability) =>
        {
            double clipped = Clip(probability);
            return -(label == 1 ? Math.Log(clipped) : Math.Log(1 - clipped));
        }).Average();
    }

    public static double Categorical(int[] yTrue, double[][] probabilities)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(probabilities);
        if (yTrue.Length == 0) throw new ArgumentException("yTrue is empty.", nameof(yTrue));
        if (probabilities.Length != yTrue.Length) throw new ArgumentException("Lengths differ.", nameof(probabilities));
        if (probabilities.Any(row => row is null)) throw new ArgumentNullException(nameof(probabilities), "A row is null.");
        if (!probabilities.SelectMany(row => row).All(IsProbability))
            throw new ArgumentException("Probabilities must lie in [0, 1].", nameof(probabilities));
        if (yTrue.Where((label, index) => label < 0 || label >= probabilities[index].Length).Any())
            throw new ArgumentException("A label has no column in its row.", nameof(yTrue));

        return yTrue.Select((label, index) => -Math.Log(Clip(probabilities[index][label]))).Average();
    }
}
