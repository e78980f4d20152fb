// Mistake: per-class F1 is computed as 2PR / (P + R) with no zero-division policy, so any class with no true positives gives 0/0 = NaN and poisons every average.
// Expect: none
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
        var scores = PerClass(yTrue, yPred, numClasses);
        return scores.Sum() / numClasses;
    }

    public static double MicroF1(int[] yTrue, int[] yPred, int numClasses)
    {
        Validate(yTrue, yPred, numClasses);
        int correct = 0;
        for (int i = 0; i < yTrue.Length; i++) if (yTrue[i] == yPred[i]) correct++;
        return (double)correct / yTrue.Length;
    }

    public static double WeightedF1(int[] yTrue, int[] yPred, int numClasses)
    {
        var scores = PerClass(yTrue, yPred, numClasses);
        var support = new int[numClasses];
        foreach (int label in yTrue) support[label]++;
        double sum = 0;
        for (int c = 0; c < numClasses; c++) sum += support[c] * scores[c];
        return sum / yTrue.Length;
    }

    private static double[] PerClass(int[] yTrue, int[] yPred, int numClasses)
    {
        var m = ConfusionMatrix(yTrue, yPred, numClasses);
        var scores = new double[numClasses];
        for (int c = 0; c < numClasses; c++)
        {
            int predicted = 0, actual = 0;
            for (int j = 0; j < numClasses; j++) { predicted += m[j, c]; actual += m[c, j]; }
            double precision = (double)m[c, c] / predicted, recall = (double)m[c, c] / actual;
            scores[c] = 2 * precision * recall / (precision + recall);
        }
        return scores;
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
