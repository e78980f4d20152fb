// Mistake: the O(n^2) table "longest subsequence ending at i" is correct but far too slow: 100,000 values take billions of steps.
// Expect: none
namespace MlKata.Katas;

public static class LongestIncreasingSubsequence
{
    public static int Length(int[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var endingAt = new int[values.Length];
        int best = 0;
        for (int i = 0; i < values.Length; i++)
        {
            endingAt[i] = 1;
            for (int j = 0; j < i; j++)
                if (values[j] < values[i] && endingAt[j] + 1 > endingAt[i])
                    endingAt[i] = endingAt[j] + 1;
            best = Math.Max(best, endingAt[i]);
        }
        return best;
    }
}
