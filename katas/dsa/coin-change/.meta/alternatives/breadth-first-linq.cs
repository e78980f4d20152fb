namespace MlKata.Katas;

public static class CoinChange
{
    public static int[]? FewestCoins(int[] coins, int target)
    {
        ArgumentNullException.ThrowIfNull(coins);
        if (coins.Any(coin => coin <= 0))
            throw new ArgumentException($"Every coin must be positive; got {coins.First(coin => coin <= 0)}.", nameof(coins));
        if (target < 0)
            throw new ArgumentOutOfRangeException(nameof(target), target, "Cannot give negative change.");

        var denominations = coins.Distinct().OrderBy(coin => coin).ToArray();

        // Breadth-first search over amounts from 0: the level at which an amount is first reached
        // is the fewest coins that make it. Every amount enters the queue at most once.
        var coinsNeeded = new int[target + 1];
        Array.Fill(coinsNeeded, -1);
        coinsNeeded[0] = 0;
        var frontier = new Queue<int>();
        frontier.Enqueue(0);
        while (frontier.Count > 0 && coinsNeeded[target] < 0)
        {
            int amount = frontier.Dequeue();
            foreach (int coin in denominations)
            {
                int next = amount + coin;
                if (next > target) break;
                if (coinsNeeded[next] >= 0) continue;
                coinsNeeded[next] = coinsNeeded[amount] + 1;
                frontier.Enqueue(next);
            }
        }
        if (coinsNeeded[target] < 0) return null;

        // Walk back from the target, always with the smallest coin that stays on a shortest path.
        var change = new int[coinsNeeded[target]];
        int remaining = target;
        for (int position = 0; position < change.Length; position++)
        {
            int stepsLeft = coinsNeeded[remaining];
            int chosen = denominations.First(coin => coin <= remaining && coinsNeeded[remaining - coin] == stepsLeft - 1);
            change[position] = chosen;
            remaining -= chosen;
        }
        return change;
    }
}
