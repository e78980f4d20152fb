// Mistake: greedy, always the largest coin that still fits; that is optimal for euro or dollar coins but not in general ([1, 10, 11] for 20), and it can miss answers that exist.
// Expect: none
namespace MlKata.Katas;

public static class CoinChange
{
    public static int[]? FewestCoins(int[] coins, int target)
    {
        ArgumentNullException.ThrowIfNull(coins);
        if (coins.Any(c => c <= 0)) throw new ArgumentException("coins must be positive", nameof(coins));
        if (target < 0) throw new ArgumentOutOfRangeException(nameof(target));

        var result = new List<int>();
        int remaining = target;
        foreach (int coin in coins.Distinct().OrderByDescending(c => c))
        {
            while (coin <= remaining)
            {
                result.Add(coin);
                remaining -= coin;
            }
        }
        if (remaining != 0) return null;
        result.Reverse();
        return result.ToArray();
    }
}
