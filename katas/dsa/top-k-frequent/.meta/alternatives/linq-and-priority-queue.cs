namespace MlKata.Katas;

public static class TopKFrequent
{
    public static int[] Find(int[] values, int k)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) throw new ArgumentException("values is empty.", nameof(values));

        var frequencies = values.GroupBy(value => value).Select(group => (Value: group.Key, Count: group.Count())).ToList();
        if (k < 1 || k > frequencies.Count)
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be between 1 and {frequencies.Count}.");

        // The root is the weakest kept entry: lowest count, and among equal counts the largest value.
        var weakestFirst = Comparer<(int Count, int Value)>.Create((x, y) =>
            x.Count != y.Count ? x.Count.CompareTo(y.Count) : y.Value.CompareTo(x.Value));
        var strongest = new PriorityQueue<int, (int Count, int Value)>(weakestFirst);
        foreach (var (value, count) in frequencies)
        {
            strongest.Enqueue(value, (count, value));
            if (strongest.Count > k) strongest.Dequeue();
        }

        return Enumerable.Range(0, k).Select(_ => strongest.Dequeue()).Reverse().ToArray();
    }
}
