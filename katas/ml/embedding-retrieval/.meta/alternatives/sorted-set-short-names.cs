namespace MlKata.Katas;

public static class EmbeddingRetrieval
{
    public static int[] TopK(double[] query, double[][] items, int k)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(items);
        int d = query.Length, n = items.Length;
        if (d == 0) throw new ArgumentException("empty query", nameof(query));
        if (n == 0) throw new ArgumentException("no items", nameof(items));
        if (k < 1 || k > n) throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be in 1..{n}");

        // Best first: higher score, then lower index. Min = best, Max = the one to evict.
        var top = new SortedSet<(double s, int i)>(Comparer<(double s, int i)>.Create((a, b) =>
            a.s != b.s ? b.s.CompareTo(a.s) : a.i.CompareTo(b.i)));
        ReadOnlySpan<double> q = query;
        for (int i = 0; i < n; i++)
        {
            var it = items[i];
            if (it is null || it.Length != d) throw new ArgumentException($"items[{i}] has the wrong dimension", nameof(items));
            double s = 0;
            for (int t = 0; t < d; t++) s += q[t] * it[t];
            if (top.Count < k) top.Add((s, i));
            else if (s > top.Max.s) // an equal score comes later in index order: it loses
            {
                top.Remove(top.Max);
                top.Add((s, i));
            }
        }
        var res = new int[k];
        int j = 0;
        foreach (var (_, i) in top) res[j++] = i;
        return res;
    }
}
