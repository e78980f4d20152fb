namespace MlKata.Katas;

/// <summary>Kahn's algorithm with the smallest ready node first. See README.md.</summary>
public static class TopologicalSort
{
    public static int[]? Order(int n, (int Before, int After)[] edges) =>
        throw new NotImplementedException("The topological-sort kata is not implemented yet: write TopologicalSort.Order.");
}
