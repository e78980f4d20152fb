// Mistake: picks the answer by k passes that each scan all remaining counts for the maximum and remove it: O(n + d·k), quadratic when k is a fraction of the d distinct values.
// Expect: none
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

        var result = new int[k];
        for (int r = 0; r < k; r++)
        {
            var best = counts.Aggregate((a, b) => b.Value > a.Value || (b.Value == a.Value && b.Key < a.Key) ? b : a);
            result[r] = best.Key;
            counts.Remove(best.Key);
        }
        return result;
    }
}
