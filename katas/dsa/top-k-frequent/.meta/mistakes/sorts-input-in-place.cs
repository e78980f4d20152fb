// Mistake: sorts the caller's array in place to count runs of equal values, silently reordering the caller's data.
// Expect: MLK1401, MLK1409
namespace MlKata.Katas;

public static class TopKFrequent
{
    public static int[] Find(int[] values, int k)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) throw new ArgumentException("empty", nameof(values));
        Array.Sort(values);
        var runs = new List<(int Count, int Value)>();
        for (int start = 0; start < values.Length;)
        {
            int end = start;
            while (end < values.Length && values[end] == values[start]) end++;
            runs.Add((end - start, values[start]));
            start = end;
        }
        if (k < 1 || k > runs.Count) throw new ArgumentOutOfRangeException(nameof(k));
        runs.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : a.Value.CompareTo(b.Value));
        return runs.Take(k).Select(run => run.Value).ToArray();
    }
}
