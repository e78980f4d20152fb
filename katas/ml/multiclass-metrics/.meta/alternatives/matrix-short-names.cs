namespace MlKata.Katas;

public static class MulticlassMetrics
{
    public static int[,] ConfusionMatrix(int[] yTrue, int[] yPred, int numClasses)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        if (yTrue.Length == 0) throw new ArgumentException("empty yTrue", nameof(yTrue));
        if (yPred.Length == 0) throw new ArgumentException("empty yPred", nameof(yPred));
        if (yTrue.Length != yPred.Length) throw new ArgumentException("length mismatch", nameof(yPred));
        if (numClasses < 1) throw new ArgumentOutOfRangeException(nameof(numClasses), numClasses, "need >= 1 class");
        var m = new int[numClasses, numClasses];
        for (int i = 0; i < yTrue.Length; i++)
        {
            int t = yTrue[i], p = yPred[i];
            if (t < 0 || t >= numClasses) throw new ArgumentException($"yTrue[{i}] = {t} out of range", nameof(yTrue));
            if (p < 0 || p >= numClasses) throw new ArgumentException($"yPred[{i}] = {p} out of range", nameof(yPred));
            m[t, p]++;
        }
        return m;
    }

    public static double MacroF1(int[] yTrue, int[] yPred, int numClasses)
    {
        var m = ConfusionMatrix(yTrue, yPred, numClasses);
        double s = 0;
        for (int c = 0; c < numClasses; c++) s += ClassF1(m, c).f1;
        return s / numClasses;
    }

    public static double MicroF1(int[] yTrue, int[] yPred, int numClasses)
    {
        var m = ConfusionMatrix(yTrue, yPred, numClasses);
        int tp = 0, fp = 0, fn = 0;
        for (int c = 0; c < numClasses; c++)
        {
            var (ctp, cfp, cfn, _) = ClassF1(m, c);
            tp += ctp; fp += cfp; fn += cfn;
        }
        return 2 * tp + fp + fn == 0 ? 0.0 : 2.0 * tp / (2 * tp + fp + fn);
    }

    public static double WeightedF1(int[] yTrue, int[] yPred, int numClasses)
    {
        var m = ConfusionMatrix(yTrue, yPred, numClasses);
        double s = 0;
        for (int c = 0; c < numClasses; c++)
        {
            var (tp, _, fn, f1) = ClassF1(m, c);
            s += (tp + fn) * f1; // support = row sum = tp + fn
        }
        return s / yTrue.Length;
    }

    private static (int tp, int fp, int fn, double f1) ClassF1(int[,] m, int c)
    {
        int k = m.GetLength(0), tp = m[c, c], fp = 0, fn = 0;
        for (int j = 0; j < k; j++)
        {
            if (j == c) continue;
            fp += m[j, c]; // predicted c, truly j
            fn += m[c, j]; // truly c, predicted j
        }
        int d = 2 * tp + fp + fn;
        return (tp, fp, fn, d == 0 ? 0.0 : 2.0 * tp / d);
    }
}
