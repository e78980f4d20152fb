namespace MlKata.Katas;

/// <summary>Disjoint sets over the elements 0..n-1. See README.md.</summary>
public sealed class DisjointSet
{
    public DisjointSet(int n) =>
        throw new NotImplementedException("The union-find kata is not implemented yet: write DisjointSet.DisjointSet.");

    public int Components =>
        throw new NotImplementedException("The union-find kata is not implemented yet: write DisjointSet.Components.");

    public int Find(int x) =>
        throw new NotImplementedException("The union-find kata is not implemented yet: write DisjointSet.Find.");

    public bool Union(int a, int b) =>
        throw new NotImplementedException("The union-find kata is not implemented yet: write DisjointSet.Union.");
}
