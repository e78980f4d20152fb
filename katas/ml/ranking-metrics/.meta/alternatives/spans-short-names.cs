namespace MlKata.Katas;

public static class RankingMetrics
{
    public static double DcgAtK(double[] relevance, int k) => Dcg(Graded(relevance, k), k);

    public static double NdcgAtK(double[] relevance, int k)
    {
        ReadOnlySpan<double> r = Graded(relevance, k);
        Span<double> ideal = r.ToArray(); // a copy: the caller's ranking is not reordered
        ideal.Sort();
        ideal.Reverse();
        double idcg = Dcg(ideal, k);
        if (idcg == 0) return 0.0;
        return Dcg(r, k) / idcg;
    }

    public static double PrecisionAtK(bool[] relevant, int k)
    {
        var r = Flags(relevant);
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "k < 1");
        int d = Math.Min(k, r.Length), hits = 0;
        foreach (bool b in r[..d]) if (b) hits++;
        return hits / (double)d;
    }

    public static double ReciprocalRank(bool[] relevant)
    {
        var r = Flags(relevant);
        int i = r.IndexOf(true);
        return i == -1 ? 0.0 : 1.0 / (i + 1);
    }

    public static double AveragePrecision(bool[] relevant)
    {
        var r = Flags(relevant);
        int hits = 0;
        double s = 0;
        for (int i = 0; i < r.Length; i++)
            if (r[i]) s += ++hits / (i + 1.0);
        return hits > 0 ? s / hits : 0.0;
    }

    private static double Dcg(ReadOnlySpan<double> r, int k)
    {
        int d = Math.Min(k, r.Length);
        double s = 0;
        for (int i = 0; i < d; i++) s += r[i] / Math.Log2(i + 2.0);
        return s;
    }

    private static ReadOnlySpan<double> Graded(double[] relevance, int k)
    {
        ArgumentNullException.ThrowIfNull(relevance);
        if (relevance.Length == 0) throw new ArgumentException("empty list", nameof(relevance));
        foreach (double g in relevance)
            if (double.IsNaN(g) || g < 0) throw new ArgumentException($"bad relevance {g}", nameof(relevance));
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "k < 1");
        return relevance;
    }

    private static ReadOnlySpan<bool> Flags(bool[] relevant)
    {
        ArgumentNullException.ThrowIfNull(relevant);
        if (relevant.Length == 0) throw new ArgumentException("empty list", nameof(relevant));
        return relevant;
    }
}
