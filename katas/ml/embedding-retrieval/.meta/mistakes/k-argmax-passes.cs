// Mistake: k passes that each pick the best remaining item: O(n * k), which is quadratic when k grows with n, instead of a bounded heap's O(n log k).
// Expect: none
namespace MlKata.Katas;

public static class EmbeddingRetrieval
{
    public static int[] TopK(double[] query, double[][] items, int k)
    {
        if (query.Length == 0) throw new ArgumentException("The query embedding is empty.", nameof(query));
        if (items.Length == 0) throw new ArgumentException("There are no items.", nameof(items));
        if (k < 1 || k > items.Length) throw new ArgumentOutOfRangeException(nameof(k));

        var scores = new double[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i].Length != query.Length) throw new ArgumentException("Dimension mismatch.", nameof(items));
            for (int t = 0; t < query.Length; t++) scores[i] += query[t] * items[i][t];
        }

        var taken = new bool[items.Length];
        var best = new int[k];
        for (int r = 0; r < k; r++)
        {
            int pick = -1;
            for (int i = 0; i < items.Length; i++)
                if (!taken[i] && (pick < 0 || scores[i] > scores[pick])) pick = i;
            taken[pick] = true;
            best[r] = pick;
        }
        return best;
    }
}
