namespace MlKata.Katas;

public static class CoinChange
{
    private const int Unreachable = int.MaxValue;

    public static int[]? FewestCoins(int[] coins, int target)
    {
        ArgumentNullException.ThrowIfNull(coins);
        for (int i = 0; i < coins.Length; i++)
            if (coins[i] <= 0)
                throw new ArgumentException($"coins[{i}] is {coins[i]}; every coin must be positive.", nameof(coins));
        if (target < 0)
            throw new ArgumentOutOfRangeException(nameof(target), target, "The target cannot be negative.");

        // Distinct denominations, ascending (a sorted copy: the caller's array stays as it was).
        int[] denominations = coins.Distinct().Order().ToArray();

        // fewest[a] = the fewest coins that make amount a, or Unreachable.
        var fewest = new int[target + 1];
        for (int amount = 1; amount <= target; amount++)
        {
            int best = Unreachable;
            foreach (int coin in denominations)
            {
                if (coin > amount) break;
                int rest = fewest[amount - coin];
                if (rest != Unreachable && rest + 1 < best) best = rest + 1;
            }
            fewest[amount] = best;
        }
        if (fewest[target] == Unreachable) return null;

        // Walk back taking the smallest coin that stays on a shortest path. Each coin taken is
        // at least the previous one, so the result comes out ascending and lexicographically smallest.
        var result = new int[fewest[target]];
        int remaining = target;
        for (int i = 0; i < result.Length; i++)
        {
            foreach (int coin in denominations)
            {
                if (coin <= remaining && fewest[remaining - coin] == fewest[remaining] - 1)
                {
                    result[i] = coin;
                    remaining -= coin;
                    break;
                }
            }
        }
        return result;
    }
}
