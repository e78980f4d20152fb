using System.Runtime.InteropServices;

namespace MlKata.Katas;

public static class TopKFrequent
{
    // Orders (count, value) pairs worst first: a lower count is worse, and on equal counts the
    // larger value is worse. The heap's root is then the kept entry to evict next.
    private sealed class WorstFirst : IComparer<(int Count, int Value)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((int Count, int Value) a, (int Count, int Value) b) =>
            a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Value.CompareTo(a.Value);
    }

    public static int[] Find(int[] values, int k)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) throw new ArgumentException("values is empty; there is nothing to rank.", nameof(values));

        var counts = new Dictionary<int, int>();
        foreach (int value in values)
            CollectionsMarshal.GetValueRefOrAddDefault(counts, value, out _)++;
        if (k < 1 || k > counts.Count)
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be between 1 and the number of distinct values ({counts.Count}).");

        // A min-heap of at most k entries: O(d log k) for d distinct values.
        var kept = new PriorityQueue<int, (int Count, int Value)>(k, WorstFirst.Instance);
        foreach (var (value, count) in counts)
        {
            if (kept.Count < k) kept.Enqueue(value, (count, value));
            else if (kept.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare((count, value), worst) > 0)
                kept.EnqueueDequeue(value, (count, value));
        }

        // The heap yields worst first: fill the answer from the back.
        var result = new int[k];
        for (int i = k - 1; i >= 0; i--) result[i] = kept.Dequeue();
        return result;
    }
}
