// Mistake: a positive that ties a negative counts as a full win (>= instead of >), so AUC is inflated and constant scores get 1.0 instead of 0.5.
// Expect: none
namespace MlKata.Katas;

public static class RocAuc
{
    public static double Score(int[] yTrue, double[] scores)
    {
        if (yTrue.Length == 0) throw new ArgumentException("empty", nameof(yTrue));
        if (scores.Length != yTrue.Length) throw new ArgumentException("lengths differ", nameof(scores));
        long positives = 0;
        for (int i = 0; i < yTrue.Length; i++)
        {
            if (yTrue[i] is not (0 or 1)) throw new ArgumentException("label", nameof(yTrue));
            if (double.IsNaN(scores[i])) throw new ArgumentException("NaN", nameof(scores));
            positives += yTrue[i];
        }
        long negatives = yTrue.Length - positives;
        if (positives == 0 || negatives == 0) throw new ArgumentException("one class", nameof(yTrue));
        var s = (double[])scores.Clone();
        var y = (int[])yTrue.Clone();
        Array.Sort(s, y);
        double wins = 0;
        long negativesSoFar = 0;
        for (int start = 0; start < s.Length;)
        {
            int end = start;
            long p = 0, q = 0;
            while (end < s.Length && s[end] == s[start]) { if (y[end] == 1) p++; else q++; end++; }
            wins += p * (double)(negativesSoFar + q);
            negativesSoFar += q;
            start = end;
        }
        return wins / ((double)positives * negatives);
    }
}
