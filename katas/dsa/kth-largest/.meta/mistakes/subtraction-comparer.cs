// Mistake: sorts descending with the comparer (a, b) => b - a, which overflows for values far apart (int.MinValue vs int.MaxValue) and misorders them.
// Expect: MLK1401
namespace MlKata.Katas;

public static class KthLargest
{
    public static int Find(int[] values, int k)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) throw new ArgumentException("empty", nameof(values));
        if (k < 1 || k > values.Length) throw new ArgumentOutOfRangeException(nameof(k));
        int[] sorted = (int[])values.Clone();
        Array.Sort(sorted, (a, b) => b - a);
        return sorted[k - 1];
    }
}
