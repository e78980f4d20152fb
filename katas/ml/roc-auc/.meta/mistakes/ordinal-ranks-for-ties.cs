// Mistake: the rank-sum (Mann-Whitney) formula with ranks taken from sorted positions, not averaged over tied scores, so a tie counts as a win or a loss depending on how the sort happened to order it.
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
        double rankSum = 0;
        for (int i = 0; i < y.Length; i++)
            if (y[i] == 1) rankSum += i + 1;
        return (rankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }
}
