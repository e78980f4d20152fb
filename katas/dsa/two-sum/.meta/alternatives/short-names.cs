namespace MlKata.Katas;

public static class TwoSum
{
    public static (int First, int Second) Find(int[] values, int target)
    {
        ArgumentNullException.ThrowIfNull(values);
        var seen = new Dictionary<int, int>();
        for (int j = 0; j < values.Length; j++)
        {
            long need = (long)target - values[j];
            if (need >= int.MinValue && need <= int.MaxValue && seen.TryGetValue((int)need, out int i))
                return (i, j);
            if (!seen.ContainsKey(values[j])) seen[values[j]] = j;
        }
        return (-1, -1);
    }
}
