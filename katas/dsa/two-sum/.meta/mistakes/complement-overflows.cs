// Mistake: computes the complement as int target - values[j], which wraps around for large magnitudes and matches values whose true sum is not the target.
// Expect: none
namespace MlKata.Katas;

public static class TwoSum
{
    public static (int First, int Second) Find(int[] values, int target)
    {
        ArgumentNullException.ThrowIfNull(values);
        var firstIndex = new Dictionary<int, int>();
        for (int j = 0; j < values.Length; j++)
        {
            int complement = unchecked(target - values[j]);
            if (firstIndex.TryGetValue(complement, out int i)) return (i, j);
            firstIndex.TryAdd(values[j], j);
        }
        return (-1, -1);
    }
}
