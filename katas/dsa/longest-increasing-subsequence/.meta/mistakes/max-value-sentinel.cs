// Mistake: tails is pre-filled with int.MaxValue and the answer counts the entries that differ from it, so a real int.MaxValue in the input is never counted.
// Expect: none
namespace MlKata.Katas;

public static class LongestIncreasingSubsequence
{
    public static int Length(int[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var tails = new int[values.Length];
        Array.Fill(tails, int.MaxValue);
        foreach (int x in values)
        {
            int position = Array.BinarySearch(tails, x);
            if (position < 0) position = ~position;
            tails[position] = x;
        }
        return tails.Count(t => t != int.MaxValue);
    }
}
