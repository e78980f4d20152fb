namespace MlKata.Katas;

public static class MulticlassMetrics
{
    private enum Averaging { Macro, Micro, Weighted }

    private readonly record struct ClassScore(double Precision, double Recall, double F1, int Support);

    public static int[,] ConfusionMatrix(int[] yTrue, int[] yPred, int numClasses)
    {
        Validate(yTrue, yPred, numClasses);
        var confusion = new int[numClasses, numClasses];
        foreach (var (actualClass, predictedClass) in yTrue.Zip(yPred))
            confusion[actualClass, predictedClass]++;
        return confusion;
    }

    public static double MacroF1(int[] yTrue, int[] yPred, int numClasses) => AverageF1(yTrue, yPred, numClasses, Averaging.Macro);

    public static double MicroF1(int[] yTrue, int[] yPred, int numClasses) => AverageF1(yTrue, yPred, numClasses, Averaging.Micro);

    public static double WeightedF1(int[] yTrue, int[] yPred, int numClasses) => AverageF1(yTrue, yPred, numClasses, Averaging.Weighted);

    private static double AverageF1(int[] yTrue, int[] yPred, int numClasses, Averaging averaging)
    {
        Validate(yTrue, yPred, numClasses);
        var scores = Enumerable.Range(0, numClasses).Select(label => ScoreClass(yTrue, yPred, label)).ToList();
        return averaging switch
        {
            Averaging.Macro => scores.Average(score => score.F1),
            // Every sample is exactly one true positive or one (false positive, false negative) pair
            // when pooled over classes, so micro F1 equals the fraction of correct predictions.
            Averaging.Micro => yTrue.Zip(yPred).Count(pair => pair.First == pair.Second) / (double)yTrue.Length,
            Averaging.Weighted => scores.Sum(score => score.Support * score.F1) / yTrue.Length,
            _ => throw new ArgumentOutOfRangeException(nameof(averaging)),
        };
    }

    private static ClassScore ScoreClass(int[] yTrue, int[] yPred, int label)
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        for (int sample = 0; sample < yTrue.Length; sample++)
        {
            bool actuallyLabel = yTrue[sample] == label, predictedLabel = yPred[sample] == label;
            if (actuallyLabel && predictedLabel) truePositives++;
            else if (predictedLabel) falsePositives++;
            else if (actuallyLabel) falseNegatives++;
        }
        double precision = SafeRatio(truePositives, truePositives + falsePositives);
        double recall = SafeRatio(truePositives, truePositives + falseNegatives);
        double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        return new ClassScore(precision, recall, f1, truePositives + falseNegatives);
    }

    private static double SafeRatio(int numerator, int denominator) => denominator == 0 ? 0.0 : (double)numerator / denominator;

    private static void Validate(int[] yTrue, int[] yPred, int numClasses)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        if (yTrue.Length == 0) throw new ArgumentException("There are no true labels.", nameof(yTrue));
        if (yPred.Length == 0) throw new ArgumentException("There are no predictions.", nameof(yPred));
        if (yPred.Length != yTrue.Length) throw new ArgumentException("yPred and yTrue must have the same length.", nameof(yPred));
        if (numClasses < 1) throw new ArgumentOutOfRangeException(nameof(numClasses), numClasses, "At least one class is needed.");
        bool OutOfRange(int label) => label < 0 || label >= numClasses;
        if (yTrue.Any(OutOfRange)) throw new ArgumentException($"A true label lies outside 0..{numClasses - 1}.", nameof(yTrue));
        if (yPred.Any(OutOfRange)) throw new ArgumentException($"A predicted label lies outside 0..{numClasses - 1}.", nameof(yPred));
    }
}
