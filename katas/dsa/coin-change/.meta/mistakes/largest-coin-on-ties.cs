// Mistake: when rebuilding the answer it takes the largest coin that stays on a shortest path, so among equally short answers it returns [2, 2, 7] instead of the lexicographically smallest [1, 5, 5].
// Expect: none
namespace MlKata.Katas;

public static class CoinChange
{
    public static int[]? FewestCoins(int[] coins, int target)
    {
        ArgumentNullException.ThrowIfNull(coins);
        if (coins.Any(c => c <= 0)) throw new ArgumentException("coins must be positive", nameof(coins));
        if (target < 0) throw new ArgumentOutOfRangeException(nameof(target));
        int[] sorted = coins.Distinct().OrderByDescending(c => c).ToArray();

        var fewest = new int[target + 1];
        for (int amount = 1; amount <= target; amount++)
        {
            fewest[amount] = int.MaxValue;
            foreach (int coin in sorted)
                if (coin <= amount && fewest[amount - coin] != int.MaxValue)
                    fewest[amount] = Math.Min(fewest[amount], fewest[amount - coin] + 1);
        }
        if (fewest[target] == int.MaxValue) return null;

        var result = new List<int>();
        for (int remaining = target; remaining > 0;)
        {
            foreach (int coin in sorted)
            {
                if (coin <= remaining && fewest[remaining - coin] == fewest[remaining] - 1)
                {
                    result.Add(coin);
                    remaining -= coin;
                    break;
                }
            }
        }
        result.Sort();
        return result.ToArray();
    }
}
