namespace MlKata.Katas;

public static class Knapsack
{
    public static int MaxValue(int capacity, (int Weight, int Value)[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        foreach (var (weight, value) in items)
        {
            if (weight < 0 || value < 0)
                throw new ArgumentException($"Item ({weight}, {value}) is invalid: weights and values must be non-negative.", nameof(items));
        }

        // Two rows: previous holds the best values without the current item, current with it allowed.
        // Reading only from previous means the scan direction does not matter.
        Span<int> previous = new int[capacity + 1];
        Span<int> current = new int[capacity + 1];
        foreach (var (weight, value) in items)
        {
            for (int room = 0; room <= capacity; room++)
            {
                int skip = previous[room];
                current[room] = room >= weight ? Math.Max(skip, previous[room - weight] + value) : skip;
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[capacity];
    }
}
