namespace MlKata.Katas;

public static class RocAuc
{
    public static double Score(int[] yTrue, double[] scores)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(scores);
        if (yTrue.Length == 0) throw new ArgumentException("yTrue is empty.", nameof(yTrue));
        if (scores.Length != yTrue.Length) throw new ArgumentException("scores and yTrue differ in length.", nameof(scores));
        if (yTrue.Any(label => label is not (0 or 1))) throw new ArgumentException("Labels must be 0 or 1.", nameof(yTrue));
        if (scores.Any(double.IsNaN)) throw new ArgumentException("A score is NaN.", nameof(scores));

        long positiveCount = yTrue.LongCount(label => label == 1);
        long negativeCount = yTrue.Length - positiveCount;
        if (positiveCount == 0 || negativeCount == 0)
            throw new ArgumentException("AUC needs both classes in yTrue.", nameof(yTrue));

        // Mann-Whitney U: rank all scores (ties share their average rank); the positives' rank
        // sum minus its minimum possible value counts the positive-over-negative wins.
        var ordered = scores.Select((score, index) => (Score: score, Label: yTrue[index])).OrderBy(item => item.Score).ToArray();
        double positiveRankSum = 0;
        int runStart = 0;
        while (runStart < ordered.Length)
        {
            int runEnd = runStart;
            while (runEnd < ordered.Length && ordered[runEnd].Score == ordered[runStart].Score) runEnd++;
            double averageRank = (runStart + 1 + runEnd) / 2.0; // ranks runStart+1 .. runEnd
            int positivesInRun = ordered[runStart..runEnd].Count(item => item.Label == 1);
            positiveRankSum += positivesInRun * averageRank;
            runStart = runEnd;
        }

        double u = positiveRankSum - positiveCount * (positiveCount + 1) / 2.0;
        return u / ((double)positiveCount * negativeCount);
    }
}
