// Mistake: greedy by value per unit of weight, which is optimal only for the fractional knapsack; whole items can leave capacity unused.
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

        var byDensity = items
            .OrderByDescending(item => item.Weight == 0 ? double.PositiveInfinity : (double)item.Value / item.Weight)
            .ToArray();
        int remaining = capacity, total = 0;
        foreach (var (weight, value) in byDensity)
        {
            if (weight > remaining) continue;
            remaining -= weight;
            total += value;
        }
        return total;
    }
}
