// Mistake: sorts (count, value) pairs descending as a whole, which also puts larger values first on equal counts.
// Expect: MLK1401
namespace MlKata.Katas;

public static class TopKFrequent
{
    public static int[] Find(int[] values, int k)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) throw new ArgumentException("empty", nameof(values));
        var counts = new Dictionary<int, int>();
        foreach (int value in values) counts[value] = counts.GetValueOrDefault(value) + 1;
        if (k < 1 || k > counts.Count) throw new ArgumentOutOfRangeException(nameof(k));
        return counts
            .Select(pair => (Count: pair.Value, Value: pair.Key))
            .OrderByDescending(pair => pair)
            .Take(k)
            .Select(pair => pair.Value)
            .ToArray();
    }
}
