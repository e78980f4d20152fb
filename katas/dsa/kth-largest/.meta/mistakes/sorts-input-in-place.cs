// Mistake: sorts the caller's array in place and indexes from the end: the right answer, but the caller's data comes back reordered.
// Expect: MLK1409
namespace MlKata.Katas;

public static class KthLargest
{
    public static int Find(int[] values, int k)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) throw new ArgumentException("empty", nameof(values));
        if (k < 1 || k > values.Length) throw new ArgumentOutOfRangeException(nameof(k));
        Array.Sort(values);
        return values[values.Length - k];
    }
}
