// Mistake: checks k against the number of values instead of the number of distinct values, so an impossible k quietly returns fewer than k values.
// Expect: MLK1401
namespace MlKata.Katas;

public static class TopKFrequent
{
    public static int[] Find(int[] values, int k)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) throw new ArgumentException("empty", nameof(values));
        if (k < 1 || k > values.Length) throw new ArgumentOutOfRangeException(nameof(k));
        var counts = new Dictionary<int, int>();
        foreach (int value in values) counts[value] = counts.GetValueOrDefault(value) + 1;
        return counts
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key)
            .Take(k)
            .Select(pair => pair.Key)
            .ToArray();
    }
}
