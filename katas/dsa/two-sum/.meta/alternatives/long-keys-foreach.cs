namespace MlKata.Katas;

public static class TwoSum
{
    public static (int First, int Second) Find(int[] values, int target)
    {
        ArgumentNullException.ThrowIfNull(values);

        // Keys are longs, so the complement never needs a range check and never wraps around.
        var earliestPositionOfValue = new Dictionary<long, int>(values.Length);
        int position = 0;
        foreach (int currentValue in values)
        {
            long wantedPartner = (long)target - currentValue;
            if (earliestPositionOfValue.TryGetValue(wantedPartner, out int partnerPosition))
                return (partnerPosition, position);
            earliestPositionOfValue.TryAdd(currentValue, position);
            position++;
        }
        return (-1, -1);
    }
}
