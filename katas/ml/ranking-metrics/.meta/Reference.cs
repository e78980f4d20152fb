namespace MlKata.Katas;

public static class RankingMetrics
{
    public static double DcgAtK(double[] relevance, int k)
    {
        ValidateRelevance(relevance);
        ValidateK(k);
        return Dcg(relevance, Math.Min(k, relevance.Length));
    }

    public static double NdcgAtK(double[] relevance, int k)
    {
        ValidateRelevance(relevance);
        ValidateK(k);
        int depth = Math.Min(k, relevance.Length);

        // The ideal ranking: the same relevances, highest first, cut at the same depth.
        // Sort a copy; the caller's ranking must survive.
        var ideal = (double[])relevance.Clone();
        Array.Sort(ideal, (a, b) => b.CompareTo(a));
        double idealDcg = Dcg(ideal, depth);
        return idealDcg == 0 ? 0.0 : Dcg(relevance, depth) / idealDcg;
    }

    public static double PrecisionAtK(bool[] relevant, int k)
    {
        ValidateFlags(relevant);
        ValidateK(k);
        int depth = Math.Min(k, relevant.Length);
        int hits = 0;
        for (int i = 0; i < depth; i++)
            if (relevant[i]) hits++;
        return (double)hits / depth;
    }

    public static double ReciprocalRank(bool[] relevant)
    {
        ValidateFlags(relevant);
        for (int i = 0; i < relevant.Length; i++)
            if (relevant[i]) return 1.0 / (i + 1);
        return 0.0;
    }

    public static double AveragePrecision(bool[] relevant)
    {
        ValidateFlags(relevant);
        int hits = 0;
        double sum = 0;
        for (int i = 0; i < relevant.Length; i++)
        {
            if (!relevant[i]) continue;
            hits++;
            sum += (double)hits / (i + 1); // precision@(i + 1), taken at each relevant position
        }
        return hits == 0 ? 0.0 : sum / hits;
    }

    // Linear gain, discount log2(i + 2) for the 0-based position i.
    private static double Dcg(double[] relevance, int depth)
    {
        double sum = 0;
        for (int i = 0; i < depth; i++)
            sum += relevance[i] / Math.Log2(i + 2);
        return sum;
    }

    private static void ValidateRelevance(double[] relevance)
    {
        ArgumentNullException.ThrowIfNull(relevance);
        if (relevance.Length == 0) throw new ArgumentException("The ranked list is empty.", nameof(relevance));
        for (int i = 0; i < relevance.Length; i++)
            if (!(relevance[i] >= 0))
                throw new ArgumentException($"relevance[{i}] is {relevance[i]}; relevance must be non-negative.", nameof(relevance));
    }

    private static void ValidateFlags(bool[] relevant)
    {
        ArgumentNullException.ThrowIfNull(relevant);
        if (relevant.Length == 0) throw new ArgumentException("The ranked list is empty.", nameof(relevant));
    }

    private static void ValidateK(int k)
    {
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "k must be at least 1.");
    }
}
