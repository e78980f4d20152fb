namespace MlKata.Katas;

public static class MulticlassMetrics
{
    public static int[,] ConfusionMatrix(int[] yTrue, int[] yPred, int numClasses)
    {
        Validate(yTrue, yPred, numClasses);
        var matrix = new int[numClasses, numClasses];
        for (int i = 0; i < yTrue.Length; i++)
            matrix[yTrue[i], yPred[i]]++;
        return matrix;
    }

    public static double MacroF1(int[] yTrue, int[] yPred, int numClasses)
    {
        var counts = Count(yTrue, yPred, numClasses);
        double sum = 0;
        for (int c = 0; c < numClasses; c++)
            sum += F1(counts, c);
        return sum / numClasses;
    }

    public static double MicroF1(int[] yTrue, int[] yPred, int numClasses)
    {
        // Pooled over classes, every wrong prediction is one FP (for the predicted class) and
        // one FN (for the true class), so micro precision = micro recall = micro F1 = accuracy.
        var counts = Count(yTrue, yPred, numClasses);
        long correct = 0;
        for (int c = 0; c < numClasses; c++)
            correct += counts.TruePositives[c];
        return (double)correct / yTrue.Length;
    }

    public static double WeightedF1(int[] yTrue, int[] yPred, int numClasses)
    {
        var counts = Count(yTrue, yPred, numClasses);
        double sum = 0;
        for (int c = 0; c < numClasses; c++)
            sum += counts.Actual[c] * F1(counts, c);
        return sum / yTrue.Length;
    }

    // F1 = 2PR / (P + R) = 2TP / (2TP + FP + FN); 0 when the class never occurs (0/0).
    private static double F1((int[] TruePositives, int[] Predicted, int[] Actual) counts, int c)
    {
        long denominator = (long)counts.Predicted[c] + counts.Actual[c];
        return denominator == 0 ? 0.0 : 2.0 * counts.TruePositives[c] / denominator;
    }

    private static (int[] TruePositives, int[] Predicted, int[] Actual) Count(int[] yTrue, int[] yPred, int numClasses)
    {
        Validate(yTrue, yPred, numClasses);
        var truePositives = new int[numClasses];
        var predicted = new int[numClasses];
        var actual = new int[numClasses];
        for (int i = 0; i < yTrue.Length; i++)
        {
            actual[yTrue[i]]++;
            predicted[yPred[i]]++;
            if (yTrue[i] == yPred[i]) truePositives[yTrue[i]]++;
        }
        return (truePositives, predicted, actual);
    }

    private static void Validate(int[] yTrue, int[] yPred, int numClasses)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        if (yTrue.Length == 0) throw new ArgumentException("The labels are empty; the metrics are undefined.", nameof(yTrue));
        if (yPred.Length == 0) throw new ArgumentException("The predictions are empty; the metrics are undefined.", nameof(yPred));
        if (yPred.Length != yTrue.Length)
            throw new ArgumentException($"yPred has {yPred.Length} entries but yTrue has {yTrue.Length}.", nameof(yPred));
        if (numClasses < 1)
            throw new ArgumentOutOfRangeException(nameof(numClasses), numClasses, "There must be at least one class.");
        for (int i = 0; i < yTrue.Length; i++)
        {
            if ((uint)yTrue[i] >= (uint)numClasses)
                throw new ArgumentException($"yTrue[{i}] is {yTrue[i]}; labels must be in 0..{numClasses - 1}.", nameof(yTrue));
            if ((uint)yPred[i] >= (uint)numClasses)
                throw new ArgumentException($"yPred[{i}] is {yPred[i]}; labels must be in 0..{numClasses - 1}.", nameof(yPred));
        }
    }
}
