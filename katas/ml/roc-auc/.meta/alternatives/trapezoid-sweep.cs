namespace MlKata.Katas;

public static class RocAuc
{
    public static double Score(int[] yTrue, double[] scores)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(scores);
        int n = yTrue.Length;
        if (n == 0) throw new ArgumentException("empty", nameof(yTrue));
        if (scores.Length != n) throw new ArgumentException("length mismatch", nameof(scores));

        long P = 0;
        for (int i = 0; i < n; i++)
        {
            if (yTrue[i] != 0 && yTrue[i] != 1) throw new ArgumentException($"yTrue[{i}] not 0/1", nameof(yTrue));
            if (double.IsNaN(scores[i])) throw new ArgumentException($"scores[{i}] is NaN", nameof(scores));
            P += yTrue[i];
        }
        long N = n - P;
        if (P == 0 || N == 0) throw new ArgumentException("one class only", nameof(yTrue));

        // Lower the threshold from the top score down; each distinct score is one ROC point.
        var idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        Array.Sort(idx, (a, b) => scores[b].CompareTo(scores[a]));

        long tp = 0, fp = 0, area2 = 0; // twice the area, in units of 1/(P*N)
        for (int i = 0; i < n;)
        {
            long tp0 = tp, fp0 = fp;
            double s = scores[idx[i]];
            for (; i < n && scores[idx[i]] == s; i++)
            {
                if (yTrue[idx[i]] == 1) tp++; else fp++;
            }
            area2 += (fp - fp0) * (tp + tp0); // trapezoid: width (fp - fp0), heights tp0 and tp
        }
        return area2 / (2.0 * P * N);
    }
}
