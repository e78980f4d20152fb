namespace MlKata.Katas;

public static class BinaryMetrics
{
    public static (int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives) ConfusionCounts(int[] yTrue, int[] yPred)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        if (yTrue.Length == 0) throw new ArgumentException("empty labels", nameof(yTrue));
        if (yPred.Length == 0) throw new ArgumentException("empty predictions", nameof(yPred));
        if (yPred.Length != yTrue.Length) throw new ArgumentException("length mismatch", nameof(yPred));

        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (int i = 0; i < yTrue.Length; i++)
        {
            switch ((yTrue[i], yPred[i]))
            {
                case (1, 1): tp++; break;
                case (0, 1): fp++; break;
                case (1, 0): fn++; break;
                case (0, 0): tn++; break;
                case (not (0 or 1), _): throw new ArgumentException($"yTrue[{i}] = {yTrue[i]} is not 0/1", nameof(yTrue));
                default: throw new ArgumentException($"yPred[{i}] = {yPred[i]} is not 0/1", nameof(yPred));
            }
        }
        return (tp, fp, fn, tn);
    }

    public static double Accuracy(int[] yTrue, int[] yPred)
    {
        var (tp, fp, fn, tn) = ConfusionCounts(yTrue, yPred);
        int n = tp + fp + fn + tn;
        return (tp + tn) / (double)n;
    }

    public static double Precision(int[] yTrue, int[] yPred)
    {
        var (tp, fp, _, _) = ConfusionCounts(yTrue, yPred);
        return Div(tp, tp + fp);
    }

    public static double Recall(int[] yTrue, int[] yPred)
    {
        var (tp, _, fn, _) = ConfusionCounts(yTrue, yPred);
        return Div(tp, tp + fn);
    }

    public static double F1(int[] yTrue, int[] yPred)
    {
        var (tp, fp, fn, _) = ConfusionCounts(yTrue, yPred);
        // F1 = 2TP / (2TP + FP + FN), the same harmonic mean without the intermediate ratios.
        return Div(2 * tp, 2 * tp + fp + fn);
    }

    public static double FBeta(int[] yTrue, int[] yPred, double beta)
    {
        if (double.IsNaN(beta) || beta <= 0) throw new ArgumentOutOfRangeException(nameof(beta), beta, "beta must be > 0");
        var (tp, fp, fn, _) = ConfusionCounts(yTrue, yPred);
        double p = Div(tp, tp + fp), r = Div(tp, tp + fn), b2 = beta * beta;
        double d = b2 * p + r;
        return d == 0 ? 0.0 : (1 + b2) * p * r / d;
    }

    private static double Div(int num, int den) => den == 0 ? 0.0 : (double)num / den;
}
