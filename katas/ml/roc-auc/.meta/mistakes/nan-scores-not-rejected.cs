// Mistake: NaN scores are not rejected; Array.Sort orders NaN below every number, so a broken model output silently counts as the lowest score instead of raising an ArgumentException.
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
            positives += yTrue[i];
        }
        long negatives = yTrue.Length - positives;
        if (positives == 0 || negatives == 0) throw new ArgumentException("one class", nameof(yTrue));
        var s = (double[])scores.Clone();
        var y = (int[])yTrue.Clone();
        Array.Sort(s, y);
        long twiceWins = 0, negativesSoFar = 0;
        for (int start = 0; start < s.Length;)
        {
            int end = start;
            long p = 0, q = 0;
            while (end < s.Length && s[end].CompareTo(s[start]) == 0) { if (y[end] == 1) p++; else q++; end++; }
            twiceWins += p * (2 * negativesSoFar + q);
            negativesSoFar += q;
            start = end;
        }
        return twiceWins / (2.0 * positives * negatives);
    }
}
