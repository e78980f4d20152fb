// Mistake: macro F1 is the harmonic mean of the macro-averaged precision and recall instead of the mean of the per-class F1 scores; it is never smaller, and it hides a class that scores badly on both.
// Expect: MLK1006
namespace MlKata.Katas;

public static class MulticlassMetrics
{
    public static int[,] ConfusionMatrix(int[] yTrue, int[] yPred, int numClasses)
    {
        Validate(yTrue, yPred, numClasses);
        var m = new int[numClasses, numClasses];
        for (int i = 0; i < yTrue.Length; i++) m[yTrue[i], yPred[i]]++;
        return m;
    }

    public static double MacroF1(int[] yTrue, int[] yPred, int numClasses)
    {
        var (tp, predicted, actual) = Count(yTrue, yPred, numClasses);
        double precisionSum = 0, recallSum = 0;
        for (int c = 0; c < numClasses; c++)
        {
            precisionSum += predicted[c] == 0 ? 0.0 : (double)tp[c] / predicted[c];
            recallSum += actual[c] == 0 ? 0.0 : (double)tp[c] / actual[c];
        }
        double precision = precisionSum / numClasses, recall = recallSum / numClasses;
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }

    public static double MicroF1(int[] yTrue, int[] yPred, int numClasses)
    {
        var (tp, _, _) = Count(yTrue, yPred, numClasses);
        return (double)tp.Sum() / yTrue.Length;
    }

    public static double WeightedF1(int[] yTrue, int[] yPred, int numClasses)
    {
        var (tp, predicted, actual) = Count(yTrue, yPred, numClasses);
        double sum = 0;
        for (int c = 0; c < numClasses; c++)
            if (predicted[c] + actual[c] > 0) sum += actual[c] * 2.0 * tp[c] / (predicted[c] + actual[c]);
        return sum / yTrue.Length;
    }

    private static (int[], int[], int[]) Count(int[] yTrue, int[] yPred, int numClasses)
    {
        Validate(yTrue, yPred, numClasses);
        int[] tp = new int[numClasses], predicted = new int[numClasses], actual = new int[numClasses];
        for (int i = 0; i < yTrue.Length; i++)
        {
            actual[yTrue[i]]++;
            predicted[yPred[i]]++;
            if (yTrue[i] == yPred[i]) tp[yTrue[i]]++;
        }
        return (tp, predicted, actual);
    }

    private static void Validate(int[] yTrue, int[] yPred, int numClasses)
    {
        if (yTrue.Length == 0) throw new ArgumentException("empty", nameof(yTrue));
        if (yPred.Length == 0) throw new ArgumentException("empty", nameof(yPred));
        if (yPred.Length != yTrue.Length) throw new ArgumentException("lengths differ", nameof(yPred));
        if (numClasses < 1) throw new ArgumentOutOfRangeException(nameof(numClasses));
        for (int i = 0; i < yTrue.Length; i++)
        {
            if (yTrue[i] < 0 || yTrue[i] >= numClasses) throw new ArgumentException("label", nameof(yTrue));
            if (yPred[i] < 0 || yPred[i] >= numClasses) throw new ArgumentException("label", nameof(yPred));
        }
    }
}
