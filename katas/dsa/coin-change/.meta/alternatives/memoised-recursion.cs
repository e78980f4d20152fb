namespace MlKata.Katas;

public static class CoinChange
{
    public static int[]? FewestCoins(int[] coins, int target)
    {
        ArgumentNullException.ThrowIfNull(coins);
        if (target < 0) throw new ArgumentOutOfRangeException(nameof(target), target, "target must be >= 0");
        foreach (int c in coins)
            if (c <= 0) throw new ArgumentException($"coin {c} is not positive", nameof(coins));

        int[] denoms = coins.Distinct().Order().ToArray(); // a sorted copy, the caller's array is untouched
        const int Unknown = -1, Impossible = int.MaxValue;
        var memo = new int[target + 1];
        Array.Fill(memo, Unknown);
        memo[0] = 0;

        int Fewest(int amount)
        {
            if (memo[amount] != Unknown) return memo[amount];
            int best = Impossible;
            foreach (int coin in denoms)
            {
                if (coin > amount) break;
                int rest = Fewest(amount - coin);
                if (rest != Impossible) best = Math.Min(best, rest + 1);
            }
            return memo[amount] = best;
        }

        if (Fewest(target) == Impossible) return null;

        var picked = new List<int>(memo[target]);
        for (int left = target; left > 0;)
        {
            foreach (int coin in denoms)
            {
                // The smallest coin that keeps us on a shortest path gives the lexicographically smallest answer.
                if (coin <= left && Fewest(left - coin) == memo[left] - 1)
                {
                    picked.Add(coin);
                    left -= coin;
                    break;
                }
            }
        }
        return picked.ToArray();
    }
}
