// Mistake: stores values[j] before looking up its complement, so when target = 2 * values[j] the element pairs with itself and (j, j) comes back.
// Expect: none
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
            firstIndex.TryAdd(values[j], j);
            long complement = (long)target - values[j];
            if (complement is >= int.MinValue and <= int.MaxValue
                && firstIndex.TryGetValue((int)complement, out int i))
                return (i, j);                            // the first j to match, its first partner
        }
        return (-1, -1);
    }
}
