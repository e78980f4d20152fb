// Mistake: precision@k always divides by k, so a k longer than the list (a short result page) is punished for positions that do not exist.
// Expect: MLK1007
namespace MlKata.Katas;

public static class RankingMetrics
{
    public static double DcgAtK(double[] relevance, int k)
    {
        Graded(relevance);
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k));
        return Dcg(relevance, Math.Min(k, relevance.Length));
    }

    public static double NdcgAtK(double[] relevance, int k)
    {
        Graded(relevance);
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k));
        int depth = Math.Min(k, relevance.Length);
        double ideal = Dcg(relevance.OrderByDescending(r => r).ToArray(), depth);
        return ideal == 0 ? 0.0 : Dcg(relevance, depth) / ideal;
    }

    public static double PrecisionAtK(bool[] relevant, int k)
    {
        Flags(relevant);
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k));
        int hits = 0;
        for (int i = 0; i < Math.Min(k, relevant.Length); i++) if (relevant[i]) hits++;
        return (double)hits / k;
    }

    public static double ReciprocalRank(bool[] relevant)
    {
        Flags(relevant);
        int first = Array.IndexOf(relevant, true);
        return first < 0 ? 0.0 : 1.0 / (first + 1);
    }

    public static double AveragePrecision(bool[] relevant)
    {
        Flags(relevant);
        int hits = 0;
        double sum = 0;
        for (int i = 0; i < relevant.Length; i++)
            if (relevant[i]) { hits++; sum += (double)hits / (i + 1); }
        return hits == 0 ? 0.0 : sum / hits;
    }

    private static double Dcg(double[] relevance, int depth)
    {
        double sum = 0;
        for (int i = 0; i < depth; i++) sum += relevance[i] / Math.Log2(i + 2);
        return sum;
    }

    private static void Graded(double[] relevance)
    {
        if (relevance.Length == 0) throw new ArgumentException("empty", nameof(relevance));
        foreach (double r in relevance) if (r < 0) throw new ArgumentException("negative", nameof(relevance));
    }

    private static void Flags(bool[] relevant)
    {
        if (relevant.Length == 0) throw new ArgumentException("empty", nameof(relevant));
    }
}
