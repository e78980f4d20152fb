// Mistake: checks every pair (j outer, i inner, so the tie-break is right), which is O(n^2) instead of the O(n) one-pass hash lookup.
// Expect: none
namespace MlKata.Katas;

public static class TwoSum
{
    public static (int First, int Second) Find(int[] values, int target)
    {
        ArgumentNullException.ThrowIfNull(values);
        for (int j = 1; j < values.Length; j++)
            for (int i = 0; i < j; i++)
                if ((long)values[i] + values[j] == target) return (i, j);
        return (-1, -1);
    }
}
