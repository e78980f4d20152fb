using System.Runtime.InteropServices;

namespace MlKata.Katas;

public static class PopularityBaseline
{
    // Ranks candidates "worst first", so the root of the min-heap is the kept item to evict:
    // a lower count is worse, and on equal counts the higher item id is worse.
    private sealed class WorstFirst : IComparer<(int Count, int Item)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((int Count, int Item) a, (int Count, int Item) b) =>
            a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Item.CompareTo(a.Item);
    }

    public static int[] Recommend((int User, int Item)[] interactions, int user, int k)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "k must be at least 1.");

        var counts = new Dictionary<int, int>();
        var owned = new HashSet<int>();
        foreach (var (who, item) in interactions)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, item, out _)++;
            if (who == user) owned.Add(item);
        }

        // Keep the best k candidates in a min-heap whose root is the worst of them.
        var kept = new PriorityQueue<int, (int Count, int Item)>(WorstFirst.Instance);
        foreach (var (item, count) in counts)
        {
            if (owned.Contains(item)) continue;
            var candidate = (count, item);
            if (kept.Count < k) kept.Enqueue(item, candidate);
            else if (kept.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare(candidate, worst) > 0)
                kept.EnqueueDequeue(item, candidate);
        }

        // Dequeuing yields worst first, so fill the answer from the back.
        var result = new int[kept.Count];
        for (int i = result.Length - 1; i >= 0; i--) result[i] = kept.Dequeue();
        return result;
    }
}
