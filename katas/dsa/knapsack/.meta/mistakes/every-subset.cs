// Mistake: plain take-or-skip recursion with no table, so it tries every subset: O(2^n), far too slow for a few dozen items.
// Expect: MLK1407
namespace MlKata.Katas;

public static class Knapsack
{
    public static int MaxValue(int capacity, (int Weight, int Value)[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity));
        foreach (var (weight, value) in items)
            if (weight < 0 || value < 0) throw new ArgumentException("negative weight or value", nameof(items));
        return Best(items, 0, capacity);
    }

    private static int Best((int Weight, int Value)[] items, int index, int remaining)
    {
        if (index == items.Length) return 0;
        int skip = Best(items, index + 1, remaining);
        if (items[index].Weight > remaining) return skip;
        int take = items[index].Value + Best(items, index + 1, remaining - items[index].Weight);
        return Math.Max(skip, take);
    }
}
