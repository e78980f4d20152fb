namespace MlKata.Katas;

/// <summary>Order statistics: the k-th largest value of an array. See README.md.</summary>
public static class KthLargest
{
    public static int Find(int[] values, int k) =>
        throw new NotImplementedException("The kth-largest kata is not implemented yet: write KthLargest.Find.");
}
