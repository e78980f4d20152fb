// Mistake: the inner loop stops at c > weight instead of c >= weight, so an item that exactly fills the remaining capacity is never taken.
// Expect: none
namespace MlKata.Katas;

public static class Knapsack
{
    public static int MaxValue(int capacity, (int Weight, int Value)[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity));
        foreach (var (weight, value) in items)
            if (weight < 0 || value < 0) throw new ArgumentException("negative weight or value", nameof(items));

        var best = new int[capacity + 1];
        foreach (var (weight, value) in items)
            for (int c = capacity; c > weight; c--)
                best[c] = Math.Max(best[c], best[c - weight] + value);
        return best[capacity];
    }
}
