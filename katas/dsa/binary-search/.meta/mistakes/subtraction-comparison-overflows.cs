// Mistake: comparing by subtraction, sorted[mid] - target < 0, overflows for values far apart (0 - int.MinValue wraps negative) and sends the search the wrong way.
// Expect: none
namespace MlKata.Katas;

public static class BinarySearch
{
    public static int IndexOf(int[] sorted, int target)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = lo + (hi - lo) / 2;
            int comparison = sorted[mid] - target;
            if (comparison < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo < sorted.Length && sorted[lo] == target ? lo : -1;
    }
}
