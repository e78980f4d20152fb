// Mistake: sorts every index by negated score with Array.Sort(keys, items), an unstable introsort, so tied items come out in an arbitrary order instead of by index.
// Expect: MLK1401
namespace MlKata.Katas;

public static class EmbeddingRetrieval
{
    public static int[] TopK(double[] query, double[][] items, int k)
    {
        if (query.Length == 0) throw new ArgumentException("The query embedding is empty.", nameof(query));
        if (items.Length == 0) throw new ArgumentException("There are no items.", nameof(items));
        if (k < 1 || k > items.Length) throw new ArgumentOutOfRangeException(nameof(k));

        var keys = new double[items.Length];
        var order = new int[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i].Length != query.Length) throw new ArgumentException("Dimension mismatch.", nameof(items));
            double score = 0;
            for (int t = 0; t < query.Length; t++) score += query[t] * items[i][t];
            keys[i] = -score;
            order[i] = i;
        }
        Array.Sort(keys, order);
        return order[..k];
    }
}
