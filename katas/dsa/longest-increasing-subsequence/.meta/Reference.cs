namespace MlKata.Katas;

public static class LongestIncreasingSubsequence
{
    public static int Length(int[] values)
    {
        ArgumentNullException.ThrowIfNull(values);

        // tails[i] = the smallest value that ends a strictly increasing subsequence of length
        // i + 1 among the values seen so far; tails[0..length) is strictly increasing.
        var tails = new int[values.Length];
        int length = 0;
        foreach (int x in values)
        {
            // Lower bound: the first position whose tail is >= x.
            int lo = 0, hi = length;
            while (lo < hi)
            {
                int mid = lo + (hi - lo) / 2;
                if (tails[mid] < x) lo = mid + 1;
                else hi = mid;
            }
            tails[lo] = x;
            if (lo == length) length++;
        }
        return length;
    }
}
