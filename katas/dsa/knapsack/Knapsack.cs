namespace MlKata.Katas;

/// <summary>The 0/1 knapsack problem. See README.md.</summary>
public static class Knapsack
{
    public static int MaxValue(int capacity, (int Weight, int Value)[] items) =>
        throw new NotImplementedException("The knapsack kata is not implemented yet: write Knapsack.MaxValue.");
}
