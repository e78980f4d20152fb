namespace MlKata.Katas;

public static class BinaryMetrics
{
    public static (int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives) ConfusionCounts(int[] yTrue, int[] yPred)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        if (yTrue.Length == 0) throw new ArgumentException("yTrue is empty.", nameof(yTrue));
        if (yPred.Length == 0) throw new ArgumentException("yPred is empty.", nameof(yPred));
        if (yTrue.Length != yPred.Length) throw new ArgumentException("yTrue and yPred differ in length.", nameof(yPred));
        if (yTrue.Any(label => label is not (0 or 1))) throw new ArgumentException("yTrue holds a label other than 0 or 1.", nameof(yTrue));
        if (yPred.Any(label => label is not (0 or 1))) throw new ArgumentException("yPred holds a label other than 0 or 1.", nameof(yPred));

        var pairs = yTrue.Zip(yPred, (actual, predicted) => (actual, predicted)).ToList();
        int truePositives = pairs.Count(pair => pair is (1, 1));
        int falsePositives = pairs.Count(pair => pair is (0, 1));
        int falseNegatives = pairs.Count(pair => pair is (1, 0));
        int trueNegatives = pairs.Count(pair => pair is (0, 0));
        return (truePositives, falsePositives, falseNegatives, trueNegatives);
    }

    public static double Accuracy(int[] yTrue, int[] yPred)
    {
        var counts = ConfusionCounts(yTrue, yPred);
        int correct = counts.TruePositives + counts.TrueNegatives;
        return correct / (double)yTrue.Length;
    }

    public static double Precision(int[] yTrue, int[] yPred)
    {
        var counts = ConfusionCounts(yTrue, yPred);
        int predictedPositives = counts.TruePositives + counts.FalsePositives;
        return predictedPositives == 0 ? 0.0 : counts.TruePositives / (double)predictedPositives;
    }

    public static double Recall(int[] yTrue, int[] yPred)
    {
        var counts = ConfusionCounts(yTrue, yPred);
        int actualPositives = counts.TruePositives + counts.FalseNegatives;
        return actualPositives == 0 ? 0.0 : counts.TruePositives / (double)actualPositives;
    }

    public static double F1(int[] yTrue, int[] yPred)
    {
        double precision = Precision(yTrue, yPred), recall = Recall(yTrue, yPred);
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }

    public static double FBeta(int[] yTrue, int[] yPred, double beta)
    {
        if (!(beta > 0)) throw new ArgumentOutOfRangeException(nameof(beta), beta, "beta must be positive.");
        double precision = Precision(yTrue, yPred), recall = Recall(yTrue, yPred);
        double betaSquared = beta * beta;
        double harmonicDenominator = betaSquared * precision + recall;
        return harmonicDenominator == 0 ? 0.0 : (1 + betaSquared) * precision * recall / harmonicDenominator;
    }
}
