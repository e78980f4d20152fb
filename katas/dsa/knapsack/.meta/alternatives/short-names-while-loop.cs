namespace MlKata.Katas;

public static class Knapsack
{
    public static int MaxValue(int capacity, (int Weight, int Value)[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity must be >= 0");
        int bad = Array.FindIndex(items, it => it.Weight < 0 || it.Value < 0);
        if (bad >= 0) throw new ArgumentException($"items[{bad}] = {items[bad]} has a negative weight or value", nameof(items));

        int W = capacity;
        var dp = new int[W + 1];
        for (int i = 0; i < items.Length; i++)
        {
            var (w, v) = items[i];
            int c = W;
            while (c >= w)
            {
                dp[c] = Math.Max(dp[c], dp[c - w] + v);
                c--;
            }
        }
        return dp[W];
    }
}
