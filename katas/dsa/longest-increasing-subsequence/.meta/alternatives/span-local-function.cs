namespace MlKata.Katas;

public static class LongestIncreasingSubsequence
{
    public static int Length(int[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) return 0;

        Span<int> tails = new int[values.Length];
        int n = 0;

        // Index of the first tails[0..n) entry >= x, with an inclusive hi bound.
        int LowerBound(ReadOnlySpan<int> t, int x)
        {
            int lo = 0, hi = t.Length - 1;
            while (lo <= hi)
            {
                int mid = lo + (hi - lo) / 2;
                if (t[mid] < x) lo = mid + 1;
                else hi = mid - 1;
            }
            return lo;
        }

        foreach (int x in values)
        {
            int k = LowerBound(tails[..n], x);
            tails[k] = x;
            if (k == n) n++;
        }
        return n;
    }
}
