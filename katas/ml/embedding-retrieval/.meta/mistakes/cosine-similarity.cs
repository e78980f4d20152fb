// Mistake: ranks by cosine similarity (normalising each item), but the kata, like a two-tower model's serving path, scores by raw dot product, where an item's norm matters.
// Expect: none
namespace MlKata.Katas;

public static class EmbeddingRetrieval
{
    public static int[] TopK(double[] query, double[][] items, int k)
    {
        if (query.Length == 0) throw new ArgumentException("The query embedding is empty.", nameof(query));
        if (items.Length == 0) throw new ArgumentException("There are no items.", nameof(items));
        if (k < 1 || k > items.Length) throw new ArgumentOutOfRangeException(nameof(k));

        var kept = new PriorityQueue<int, (double Score, int Index)>(
            Comparer<(double Score, int Index)>.Create((x, y) => x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Index.CompareTo(x.Index)));
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i].Length != query.Length) throw new ArgumentException("Dimension mismatch.", nameof(items));
            double dot = 0, norm = 0;
            for (int t = 0; t < query.Length; t++)
            {
                dot += query[t] * items[i][t];
                norm += items[i][t] * items[i][t];
            }
            double score = norm == 0 ? 0 : dot / Math.Sqrt(norm);
            if (kept.Count < k) kept.Enqueue(i, (score, i));
            else if (kept.TryPeek(out _, out var weakest) && score > weakest.Score) kept.DequeueEnqueue(i, (score, i));
        }
        var best = new int[k];
        for (int slot = k - 1; slot >= 0; slot--) best[slot] = kept.Dequeue();
        return best;
    }
}
