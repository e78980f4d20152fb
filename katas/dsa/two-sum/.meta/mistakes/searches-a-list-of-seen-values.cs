// Mistake: keeps the values seen so far in a List and finds each complement with IndexOf, a linear scan, so the one pass is O(n^2) instead of O(n).
// Expect: MLK1403
namespace MlKata.Katas;

public static class TwoSum
{
    public static (int First, int Second) Find(int[] values, int target)
    {
        ArgumentNullException.ThrowIfNull(values);

        // seen[i] == values[i] for every i < j, so IndexOf gives the first partner.
        var seen = new List<int>(values.Length);
        for (int j = 0; j < values.Length; j++)
        {
            long complement = (long)target - values[j];
            if (complement is >= int.MinValue and <= int.MaxValue)
            {
                int i = seen.IndexOf((int)complement);
                if (i >= 0) return (i, j);
            }
            seen.Add(values[j]);
        }
        return (-1, -1);
    }
}
