namespace MlKata.Katas;

/// <summary>Two indices whose values sum to a target. See README.md.</summary>
public static class TwoSum
{
    public static (int First, int Second) Find(int[] values, int target) =>
        throw new NotImplementedException("The two-sum kata is not implemented yet: write TwoSum.Find.");
}
