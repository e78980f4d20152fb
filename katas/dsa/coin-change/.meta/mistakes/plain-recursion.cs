// Mistake: recursion over "which coin next" without remembering solved amounts, so the same amounts are solved again and again: exponential in the target.
// Expect: MLK1407
namespace MlKata.Katas;

public static class CoinChange
{
    public static int[]? FewestCoins(int[] coins, int target)
    {
        ArgumentNullException.ThrowIfNull(coins);
        if (coins.Any(c => c <= 0)) throw new ArgumentException("coins must be positive", nameof(coins));
        if (target < 0) throw new ArgumentOutOfRangeException(nameof(target));
        int[] sorted = coins.Distinct().Order().ToArray();

        int count = Fewest(sorted, target);
        if (count < 0) return null;
        var result = new List<int>();
        int remaining = target;
        while (remaining > 0)
        {
            foreach (int coin in sorted)
            {
                if (coin <= remaining && Fewest(sorted, remaining - coin) == count - 1)
                {
                    result.Add(coin);
                    remaining -= coin;
                    count--;
                    break;
                }
            }
        }
        return result.ToArray();
    }

    // The fewest coins for amount, or -1 when it cannot be made.
    private static int Fewest(int[] coins, int amount)
    {
        if (amount == 0) return 0;
        int best = -1;
        foreach (int coin in coins)
        {
            if (coin > amount) break;
            int rest = Fewest(coins, amount - coin);
            if (rest >= 0 && (best < 0 || rest + 1 < best)) best = rest + 1;
        }
        return best;
    }
}
