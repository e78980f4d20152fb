namespace MlKata.Katas;

public static class LogLoss
{
    private const double Epsilon = 1e-15;

    public static double Binary(int[] yTrue, double[] probabilityOfOne)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(probabilityOfOne);
        if (yTrue.Length == 0) throw new ArgumentException("The labels are empty; the loss is undefined.", nameof(yTrue));
        if (probabilityOfOne.Length != yTrue.Length)
            throw new ArgumentException($"probabilityOfOne has {probabilityOfOne.Length} entries but yTrue has {yTrue.Length}.", nameof(probabilityOfOne));

        double sum = 0;
        for (int i = 0; i < yTrue.Length; i++)
        {
            int label = yTrue[i];
            double p = probabilityOfOne[i];
            if (label is not (0 or 1)) throw new ArgumentException($"yTrue[{i}] is {label}; labels must be 0 or 1.", nameof(yTrue));
            if (!(p >= 0 && p <= 1)) throw new ArgumentException($"probabilityOfOne[{i}] is {p}; a probability must be in [0, 1].", nameof(probabilityOfOne));
            // Clip the probability of one itself (as scikit-learn), then take the log of the
            // probability of what happened: never 0 · log 0, never log 0.
            double q = Math.Clamp(p, Epsilon, 1 - Epsilon);
            sum -= label == 1 ? Math.Log(q) : Math.Log(1 - q);
        }
        return sum / yTrue.Length;
    }

    public static double Categorical(int[] yTrue, double[][] probabilities)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(probabilities);
        if (yTrue.Length == 0) throw new ArgumentException("The labels are empty; the loss is undefined.", nameof(yTrue));
        if (probabilities.Length != yTrue.Length)
            throw new ArgumentException($"probabilities has {probabilities.Length} rows but yTrue has {yTrue.Length} labels.", nameof(probabilities));

        double sum = 0;
        for (int i = 0; i < yTrue.Length; i++)
        {
            double[] row = probabilities[i] ?? throw new ArgumentNullException(nameof(probabilities), $"probabilities[{i}] is null.");
            for (int c = 0; c < row.Length; c++)
                if (!(row[c] >= 0 && row[c] <= 1))
                    throw new ArgumentException($"probabilities[{i}][{c}] is {row[c]}; a probability must be in [0, 1].", nameof(probabilities));
            int label = yTrue[i];
            if ((uint)label >= (uint)row.Length)
                throw new ArgumentException($"yTrue[{i}] is {label} but row {i} has {row.Length} classes.", nameof(yTrue));
            // Rows are taken as given: no renormalisation.
            sum -= Math.Log(Math.Clamp(row[label], Epsilon, 1 - Epsilon));
        }
        return sum / yTrue.Length;
    }
}
