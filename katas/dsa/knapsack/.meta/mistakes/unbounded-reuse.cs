// Mistake: the one-array table is filled with capacity ascending, so best[c - w] already includes the same item and it is taken again and again (the unbounded knapsack).
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
        {
            if (weight == 0) { for (int c = 0; c <= capacity; c++) best[c] += value; continue; }
            for (int c = weight; c <= capacity; c++)
                best[c] = Math.Max(best[c], best[c - weight] + value);
        }
        return best[capacity];
    }
}
