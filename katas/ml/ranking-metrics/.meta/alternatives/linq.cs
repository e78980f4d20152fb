namespace MlKata.Katas;

public static class RankingMetrics
{
    public static double DcgAtK(double[] relevance, int k)
    {
        CheckGraded(relevance, k);
        return DiscountedGain(relevance, k);
    }

    public static double NdcgAtK(double[] relevance, int k)
    {
        CheckGraded(relevance, k);
        double idealGain = DiscountedGain(relevance.OrderByDescending(grade => grade), k);
        return idealGain == 0 ? 0.0 : DiscountedGain(relevance, k) / idealGain;
    }

    public static double PrecisionAtK(bool[] relevant, int k)
    {
        CheckBinary(relevant);
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "k must be positive.");
        var top = relevant.Take(k).ToList();
        return top.Count(isRelevant => isRelevant) / (double)top.Count;
    }

    public static double ReciprocalRank(bool[] relevant)
    {
        CheckBinary(relevant);
        int firstHit = Array.IndexOf(relevant, true);
        return firstHit < 0 ? 0.0 : 1.0 / (firstHit + 1);
    }

    public static double AveragePrecision(bool[] relevant)
    {
        CheckBinary(relevant);
        var precisionsAtHits = relevant
            .Select((isRelevant, position) => (isRelevant, position))
            .Where(item => item.isRelevant)
            .Select((item, hitIndex) => (hitIndex + 1) / (double)(item.position + 1))
            .ToList();
        return precisionsAtHits.Count == 0 ? 0.0 : precisionsAtHits.Average();
    }

    private static double DiscountedGain(IEnumerable<double> ranked, int k) =>
        ranked.Take(k).Select((grade, position) => grade / Math.Log2(position + 2)).Sum();

    private static void CheckGraded(double[] relevance, int k)
    {
        ArgumentNullException.ThrowIfNull(relevance);
        if (relevance.Length == 0) throw new ArgumentException("The ranking is empty.", nameof(relevance));
        if (relevance.Any(grade => !(grade >= 0))) throw new ArgumentException("Relevance must be non-negative.", nameof(relevance));
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "k must be positive.");
    }

    private static void CheckBinary(bool[] relevant)
    {
        ArgumentNullException.ThrowIfNull(relevant);
        if (relevant.Length == 0) throw new ArgumentException("The ranking is empty.", nameof(relevant));
    }
}
