namespace MlKata.Katas;

public static class BinaryMetrics
{
    public static (int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives) ConfusionCounts(int[] yTrue, int[] yPred)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        if (yTrue.Length == 0) throw new ArgumentException("The labels are empty; the metrics are undefined.", nameof(yTrue));
        if (yPred.Length == 0) throw new ArgumentException("The predictions are empty; the metrics are undefined.", nameof(yPred));
        if (yPred.Length != yTrue.Length)
            throw new ArgumentException($"yPred has {yPred.Length} entries but yTrue has {yTrue.Length}.", nameof(yPred));

        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (int i = 0; i < yTrue.Length; i++)
        {
            int actual = yTrue[i], predicted = yPred[i];
            if (actual is not (0 or 1)) throw new ArgumentException($"yTrue[{i}] is {actual}; labels must be 0 or 1.", nameof(yTrue));
            if (predicted is not (0 or 1)) throw new ArgumentException($"yPred[{i}] is {predicted}; labels must be 0 or 1.", nameof(yPred));
            if (actual == 1) { if (predicted == 1) tp++; else fn++; }
            else { if (predicted == 1) fp++; else tn++; }
        }
        return (tp, fp, fn, tn);
    }

    public static double Accuracy(int[] yTrue, int[] yPred)
    {
        var (tp, fp, fn, tn) = ConfusionCounts(yTrue, yPred);
        return (double)(tp + tn) / (tp + fp + fn + tn);
    }

    public static double Precision(int[] yTrue, int[] yPred)
    {
        var (tp, fp, _, _) = ConfusionCounts(yTrue, yPred);
        return Ratio(tp, tp + fp);
    }

    public static double Recall(int[] yTrue, int[] yPred)
    {
        var (tp, _, fn, _) = ConfusionCounts(yTrue, yPred);
        return Ratio(tp, tp + fn);
    }

    public static double F1(int[] yTrue, int[] yPred) => FBeta(yTrue, yPred, 1.0);

    public static double FBeta(int[] yTrue, int[] yPred, double beta)
    {
        if (double.IsNaN(beta) || beta <= 0)
            throw new ArgumentOutOfRangeException(nameof(beta), beta, "beta must be a positive number.");
        var (tp, fp, fn, _) = ConfusionCounts(yTrue, yPred);
        double precision = Ratio(tp, tp + fp), recall = Ratio(tp, tp + fn);
        double b2 = beta * beta;
        double denominator = b2 * precision + recall;
        return denominator == 0 ? 0.0 : (1 + b2) * precision * recall / denominator;
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0.0 : (double)part / whole;
}
