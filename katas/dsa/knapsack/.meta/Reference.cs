namespace MlKata.Katas;

public static class Knapsack
{
    public static int MaxValue(int capacity, (int Weight, int Value)[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (capacity < 0)
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity cannot be negative.");
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i].Weight < 0)
                throw new ArgumentException($"items[{i}] has weight {items[i].Weight}; weights cannot be negative.", nameof(items));
            if (items[i].Value < 0)
                throw new ArgumentException($"items[{i}] has value {items[i].Value}; values cannot be negative.", nameof(items));
        }

        // best[c] = the largest value that fits in capacity c using the items seen so far.
        var best = new int[capacity + 1];
        foreach (var (weight, value) in items)
        {
            // Downwards, so best[c - weight] still excludes this item: each item is used once.
            for (int c = capacity; c >= weight; c--)
            {
                int with = best[c - weight] + value;
                if (with > best[c]) best[c] = with;
            }
        }
        return best[capacity];
    }
}
