// Mistake: Array.Sort(coins) sorts the caller's array in place; the answer is right but the input is mutated behind the caller's back.
// Expect: MLK1409
namespace MlKata.Katas;

public static class CoinChange
{
    public static int[]? FewestCoins(int[] coins, int target)
    {
        ArgumentNullException.ThrowIfNull(coins);
        if (coins.Any(c => c <= 0)) throw new ArgumentException("coins must be positive", nameof(coins));
        if (target < 0) throw new ArgumentOutOfRangeException(nameof(target));
        Array.Sort(coins);

        var fewest = new int[target + 1];
        for (int amount = 1; amount <= target; amount++)
        {
            fewest[amount] = int.MaxValue;
            foreach (int coin in coins)
                if (coin <= amount && fewest[amount - coin] != int.MaxValue)
                    fewest[amount] = Math.Min(fewest[amount], fewest[amount - coin] + 1);
        }
        if (fewest[target] == int.MaxValue) return null;

        var result = new int[fewest[target]];
        int remaining = target;
        for (int i = 0; i < result.Length; i++)
        {
            foreach (int coin in coins)
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
