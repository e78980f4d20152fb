// Mistake: a linear scan from the front is correct but O(n) per search; on a large array searched many times it is hundreds of times slower.
// Expect: none
namespace MlKata.Katas;

public static class BinarySearch
{
    public static int IndexOf(int[] sorted, int target)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        for (int i = 0; i < sorted.Length; i++)
        {
            if (sorted[i] == target) return i;
            if (sorted[i] > target) break;   // sorted, so the target cannot come later
        }
        return -1;
    }
}
