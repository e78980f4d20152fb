// Mistake: the binary search finds the first tail greater than x (an upper bound), so equal values extend the subsequence: it measures non-decreasing, not strictly increasing.
// Expect: MLK1404
namespace MlKata.Katas;

public static class LongestIncreasingSubsequence
{
    public static int Length(int[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var tails = new int[values.Length];
        int length = 0;
        foreach (int x in values)
        {
            int lo = 0, hi = length;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (tails[mid] <= x) lo = mid + 1;
                else hi = mid;
            }
            tails[lo] = x;
            if (lo == length) length++;
        }
        return length;
    }
}
