// Mistake: reads index k - 1 of the ascending order, which is the k-th smallest, not the k-th largest.
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
        Array.Sort(sorted);
        return sorted[k - 1];
    }
}
