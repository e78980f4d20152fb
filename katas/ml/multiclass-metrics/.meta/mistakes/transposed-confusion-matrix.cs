// Mistake: the confusion matrix is indexed [predicted, true], the transpose of the convention matrix[true, predicted], so rows no longer sum to each class's support.
// Expect: none
namespace MlKata.Katas;

public static class MulticlassMetrics
{
    public static int[,] ConfusionMatrix(int[] yTrue, int[] yPred, int numClasses)
    {
        Validate(yTrue, yPred, numClasses);
        var m = new int[numClasses, numClasses];
        for (int i = 0; i < yTrue.Length; i++) m[yPred[i], yTrue[i]]++;
        return m;
    }

    public static double MacroF1(int[] yTrue, int[] yPred, int numClasses)
    {
        var m = ConfusionMatrix(yTrue, yPred, numClasses);
        double sum = 0;
        for (int c = 0; c < numClasses; c++) sum += F1(m, c, numClasses);
        return sum / numClasses;
    }

    public static double MicroF1(int[] yTrue, int[] yPred, int numClasses)
    {
        var m = ConfusionMatrix(yTrue, yPred, numClasses);
        int correct = 0;
        for (int c = 0; c < numClasses; c++) correct += m[c, c];
        return (double)correct / yTrue.Length;
    }

    public static double WeightedF1(int[] yTrue, int[] yPred, int numClasses)
    {
        var m = ConfusionMatrix(yTrue, yPred, numClasses);
        double sum = 0;
        for (int c = 0; c < numClasses; c++)
        {
            int support = 0;
            for (int j = 0; j < numClasses; j++) support += m[j, c];
            sum += support * F1(m, c, numClasses);
        }
        return sum / yTrue.Length;
    }

    // With m[predicted, true]: row c sums the predictions of c, column c the true samples of c.
    private static double F1(int[,] m, int c, int numClasses)
    {
        int predicted = 0, actual = 0;
        for (int j = 0; j < numClasses; j++) { predicted += m[c, j]; actual += m[j, c]; }
        return predicted + actual == 0 ? 0.0 : 2.0 * m[c, c] / (predicted + actual);
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
