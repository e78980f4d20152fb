// Mistake: compares every positive with every negative, O(P·N) = O(n²); right answers, but a million predictions take hours instead of a fraction of a second.
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
        double wins = 0;
        for (int i = 0; i < yTrue.Length; i++)
        {
            if (yTrue[i] != 1) continue;
            for (int j = 0; j < yTrue.Length; j++)
            {
                if (yTrue[j] != 0) continue;
                if (scores[i] > scores[j]) wins += 1;
                else if (scores[i] == scores[j]) wins += 0.5;
            }
        }
        return wins / ((double)positives * negatives);
    }
}
