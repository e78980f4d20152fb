namespace MlKata.Katas;

public static class TwoSum
{
    public static (int First, int Second) Find(int[] values, int target)
    {
        ArgumentNullException.ThrowIfNull(values);

        // Value -> the first index where it appeared, among the positions before j.
        var firstIndex = new Dictionary<int, int>(values.Length);
        for (int j = 0; j < values.Length; j++)
        {
            long complement = (long)target - values[j];   // exact: no wrap-around
            if (complement is >= int.MinValue and <= int.MaxValue
                && firstIndex.TryGetValue((int)complement, out int i))
                return (i, j);                            // the first j to match, its first partner
            firstIndex.TryAdd(values[j], j);              // after the lookup: never pair j with itself
        }
        return (-1, -1);
    }
}
