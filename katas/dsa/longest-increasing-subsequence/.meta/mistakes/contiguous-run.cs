// Mistake: measures the longest increasing run of adjacent elements (a substring), but a subsequence may skip elements.
// Expect: none
namespace MlKata.Katas;

public static class LongestIncreasingSubsequence
{
    public static int Length(int[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) return 0;
        int best = 1, run = 1;
        for (int i = 1; i < values.Length; i++)
        {
            run = values[i] > values[i - 1] ? run + 1 : 1;
            best = Math.Max(best, run);
        }
        return best;
    }
}
