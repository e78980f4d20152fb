namespace MlKata.Katas;

public static class BinarySearch
{
    public static int IndexOf(int[] sorted, int target)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        int lo = 0, hi = sorted.Length - 1, ans = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1; // unsigned shift: no overflow even when lo + hi wraps
            int v = sorted[mid];
            if (v < target) lo = mid + 1;
            else
            {
                if (v == target) ans = mid; // a candidate; keep looking further left
                hi = mid - 1;
            }
        }
        return ans;
    }
}
