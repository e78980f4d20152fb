namespace MlKata.Katas;

/// <summary>Longest strictly increasing subsequence. See README.md.</summary>
public static class LongestIncreasingSubsequence
{
    public static int Length(int[] values) =>
        throw new NotImplementedException("The longest-increasing-subsequence kata is not implemented yet: write LongestIncreasingSubsequence.Length.");
}
