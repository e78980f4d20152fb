namespace MlKata.Katas;

public static class EmbeddingRetrieval
{
    public static int[] TopK(double[] query, double[][] items, int k)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(items);
        if (query.Length == 0) throw new ArgumentException("The query embedding is empty.", nameof(query));
        if (items.Length == 0) throw new ArgumentException("There are no items to retrieve from.", nameof(items));
        if (k < 1 || k > items.Length)
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be between 1 and the number of items ({items.Length}).");

        // A min-heap of the best k so far, ordered worst first (see Worse), in two parallel
        // arrays: the root is the weakest item kept, the one a better item evicts.
        var scores = new double[k];
        var indices = new int[k];
        int count = 0;
        for (int i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (item is null || item.Length != query.Length)
                throw new ArgumentException(
                    $"items[{i}] has {(item is null ? "no" : item.Length.ToString())} dimensions but the query has {query.Length}.", nameof(items));
            double score = 0.0;
            for (int t = 0; t < query.Length; t++) score += query[t] * item[t];

            if (count < k)
            {
                scores[count] = score;
                indices[count] = i;
                SiftUp(scores, indices, count++);
            }
            else if (score > scores[0])
            {
                // Strictly greater: indices arrive in increasing order, so an equal score is a
                // later item, which loses the tie to the one already kept.
                scores[0] = score;
                indices[0] = i;
                SiftDown(scores, indices, 0, count);
            }
        }

        // Removing the root repeatedly yields the kept items worst first: fill from the back.
        var best = new int[k];
        for (int slot = k - 1; slot >= 0; slot--)
        {
            best[slot] = indices[0];
            count--;
            scores[0] = scores[count];
            indices[0] = indices[count];
            SiftDown(scores, indices, 0, count);
        }
        return best;
    }

    // Is entry a ranked below entry b? Lower score, or the same score and a higher index.
    private static bool Worse(double[] scores, int[] indices, int a, int b) =>
        scores[a] < scores[b] || (scores[a] == scores[b] && indices[a] > indices[b]);

    private static void SiftUp(double[] scores, int[] indices, int node)
    {
        while (node > 0)
        {
            int parent = (node - 1) / 2;
            if (!Worse(scores, indices, node, parent)) return;
            Swap(scores, indices, node, parent);
            node = parent;
        }
    }

    private static void SiftDown(double[] scores, int[] indices, int node, int count)
    {
        while (true)
        {
            int left = 2 * node + 1, right = left + 1, worst = node;
            if (left < count && Worse(scores, indices, left, worst)) worst = left;
            if (right < count && Worse(scores, indices, right, worst)) worst = right;
            if (worst == node) return;
            Swap(scores, indices, node, worst);
            node = worst;
        }
    }

    private static void Swap(double[] scores, int[] indices, int a, int b)
    {
        (scores[a], scores[b]) = (scores[b], scores[a]);
        (indices[a], indices[b]) = (indices[b], indices[a]);
    }
}
