namespace MlKata.Katas;

public static class BinarySearch
{
    public static int IndexOf(int[] sorted, int target)
    {
        ArgumentNullException.ThrowIfNull(sorted);

        // Invariant: every index before lo holds a value < target, every index from hi on a
        // value >= target. The range [lo, hi) shrinks on every probe, so the loop ends.
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = lo + (hi - lo) / 2;           // (lo + hi) / 2 could overflow on huge arrays
            if (sorted[mid] < target) lo = mid + 1; // mid and everything before it is too small
            else hi = mid;                          // mid may be the first match: keep it in range
        }
        // lo is now the first index whose value is >= target (lower bound).
        return lo < sorted.Length && sorted[lo] == target ? lo : -1;
    }
}
