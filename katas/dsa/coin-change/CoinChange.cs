namespace MlKata.Katas;

/// <summary>Fewest coins that make a target amount. See README.md.</summary>
public static class CoinChange
{
    public static int[]? FewestCoins(int[] coins, int target) =>
        throw new NotImplementedException("The coin-change kata is not implemented yet: write CoinChange.FewestCoins.");
}
