// Mistake: accuracy divides the right predictions by TP + FP + FN, leaving the true negatives out of the total, so it can even exceed 1.
// Expect: MLK1005
namespace MlKata.Katas;

public static class BinaryMetrics
{
    public static (int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives) ConfusionCounts(int[] yTrue, int[] yPred)
    {
        if (yTrue.Length == 0) throw new ArgumentException("empty", nameof(yTrue));
        if (yPred.Length != yTrue.Length) throw new ArgumentException("lengths differ", nameof(yPred));
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (int i = 0; i < yTrue.Length; i++)
        {
            if (yTrue[i] is not (0 or 1)) throw new ArgumentException("label", nameof(yTrue));
            if (yPred[i] is not (0 or 1)) throw new ArgumentException("label", nameof(yPred));
            if (yTrue[i] == 1 && yPred[i] == 1) tp++;
            else if (yPred[i] == 1) fp++;
            else if (yTrue[i] == 1) fn++;
            else tn++;
        }
        return (tp, fp, fn, tn);
    }

    public static double Accuracy(int[] yTrue, int[] yPred)
    {
        var (tp, fp, fn, tn) = ConfusionCounts(yTrue, yPred);
        return (double)(tp + tn) / (tp + fp + fn);
    }

    public static double Precision(int[] yTrue, int[] yPred)
    {
        var (tp, fp, _, _) = ConfusionCounts(yTrue, yPred);
        return tp + fp == 0 ? 0.0 : (double)tp / (tp + fp);
    }

    public static double Recall(int[] yTrue, int[] yPred)
    {
        var (tp, _, fn, _) = ConfusionCounts(yTrue, yPred);
        return tp + fn == 0 ? 0.0 : (double)tp / (tp + fn);
    }

    public static double F1(int[] yTrue, int[] yPred) => FBeta(yTrue, yPred, 1.0);

    public static double FBeta(int[] yTrue, int[] yPred, double beta)
    {
        if (!(beta > 0)) throw new ArgumentOutOfRangeException(nameof(beta));
        double p = Precision(yTrue, yPred), r = Recall(yTrue, yPred);
        return p + r == 0 ? 0.0 : (1 + beta * beta) * p * r / (beta * beta * p + r);
    }
}
