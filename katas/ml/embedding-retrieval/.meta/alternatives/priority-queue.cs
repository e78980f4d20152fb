namespace MlKata.Katas;

public static class EmbeddingRetrieval
{
    // Worst first: lower score, then (for equal scores) higher index.
    private static readonly IComparer<(double Score, int Index)> WorstFirst =
        Comparer<(double Score, int Index)>.Create((a, b) =>
            a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Index.CompareTo(a.Index));

    public static int[] TopK(double[] query, double[][] items, int k)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(items);
        if (query.Length == 0) throw new ArgumentException("The query is empty.", nameof(query));
        if (items.Length == 0) throw new ArgumentException("There are no items.", nameof(items));
        if (k < 1 || k > items.Length) throw new ArgumentOutOfRangeException(nameof(k), k, "k must be in 1..items.Length.");
        if (items.Any(item => item is null || item.Length != query.Length))
            throw new ArgumentException("Every item must have the query's dimension.", nameof(items));

        var kept = new PriorityQueue<int, (double Score, int Index)>(k + 1, WorstFirst);
        for (int index = 0; index < items.Length; index++)
        {
            double score = 0;
            for (int t = 0; t < query.Length; t++) score += query[t] * items[index][t];
            kept.Enqueue(index, (score, index));
            if (kept.Count > k) kept.Dequeue(); // drop the weakest: the heap never exceeds k + 1
        }

        var ranked = new int[k];
        for (int slot = k - 1; slot >= 0; slot--) ranked[slot] = kept.Dequeue();
        return ranked;
    }
}
