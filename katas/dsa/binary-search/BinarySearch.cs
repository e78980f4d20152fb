namespace MlKata.Katas;

/// <summary>Leftmost binary search in a sorted array. See README.md.</summary>
public static class BinarySearch
{
    public static int IndexOf(int[] sorted, int target) =>
        throw new NotImplementedException("The binary-search kata is not implemented yet: write BinarySearch.IndexOf.");
}
