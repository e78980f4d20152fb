// Mistake: ranks distinct values (a SortedSet drops duplicates), so in [5, 5, 5, 1] the second largest comes out as 1 instead of 5.
// Expect: none
namespace MlKata.Katas;

public static class KthLargest
{
    public static int Find(int[] values, int k)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) throw new ArgumentException("empty", nameof(values));
        if (k < 1 || k > values.Length) throw new ArgumentOutOfRangeException(nameof(k));
        var distinct = new SortedSet<int>(values);
        return distinct.Reverse().ElementAt(Math.Min(k, distinct.Count) - 1);
    }
}
