namespace MlKata.Katas;

public static class RocAuc
{
    public static double Score(int[] yTrue, double[] scores)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(scores);
        if (yTrue.Length == 0) throw new ArgumentException("The labels are empty; AUC is undefined.", nameof(yTrue));
        if (scores.Length != yTrue.Length)
            throw new ArgumentException($"scores has {scores.Length} entries but yTrue has {yTrue.Length}.", nameof(scores));

        int n = yTrue.Length;
        long positives = 0;
        for (int i = 0; i < n; i++)
        {
            if (yTrue[i] is not (0 or 1)) throw new ArgumentException($"yTrue[{i}] is {yTrue[i]}; labels must be 0 or 1.", nameof(yTrue));
            if (double.IsNaN(scores[i])) throw new ArgumentException($"scores[{i}] is NaN; every score must be a number.", nameof(scores));
            positives += yTrue[i];
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0)
            throw new ArgumentException("Only one class is present in yTrue; AUC needs at least one positive and one negative.", nameof(yTrue));

        // Sort copies, never the caller's arrays.
        var sortedScores = (double[])scores.Clone();
        var sortedLabels = (int[])yTrue.Clone();
        Array.Sort(sortedScores, sortedLabels);

        // Walk runs of equal scores from the lowest up. A positive in a run beats every negative
        // below the run and ties with every negative inside it (worth 1/2). Counting twice the
        // wins keeps everything in exact integers.
        long twiceWins = 0, negativesBelow = 0;
        for (int start = 0; start < n;)
        {
            int end = start;
            long runPositives = 0, runNegatives = 0;
            while (end < n && sortedScores[end] == sortedScores[start])
            {
                if (sortedLabels[end] == 1) runPositives++; else runNegatives++;
                end++;
            }
            twiceWins += runPositives * (2 * negativesBelow + runNegatives);
            negativesBelow += runNegatives;
            start = end;
        }
        return twiceWins / (2.0 * positives * negatives);
    }
}
