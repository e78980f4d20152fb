// Mistake: orders by count only; the stable sort leaves equal counts in the order the values were first seen, not smaller value first.
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
        return counts.OrderByDescending(pair => pair.Value).Take(k).Select(pair => pair.Key).ToArray();
    }
}
