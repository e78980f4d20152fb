// Mistake: with closed bounds hi = n - 1 the final check reads sorted[0] even when the array is empty, throwing IndexOutOfRangeException instead of returning -1.
// Expect: none
namespace MlKata.Katas;

public static class BinarySearch
{
    public static int IndexOf(int[] sorted, int target)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        int lo = 0, hi = sorted.Length - 1;
        while (lo < hi)
        {
            int mid = lo + (hi - lo) / 2;
            if (sorted[mid] < target) lo = mid + 1;
            else hi = mid;
        }
        return sorted[lo] == target ? lo : -1;
    }
}
