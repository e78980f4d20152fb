namespace MlKata.Katas;

/// <summary>An unbalanced binary search tree of <see cref="TreeNode"/>s; equal values go left. See README.md.</summary>
public sealed class BinarySearchTree
{
    public TreeNode? Root =>
        throw new NotImplementedException("The binary-search-tree kata is not implemented yet: write BinarySearchTree.Root.");

    public void Insert(int value) =>
        throw new NotImplementedException("The binary-search-tree kata is not implemented yet: write BinarySearchTree.Insert.");

    public bool Contains(int value) =>
        throw new NotImplementedException("The binary-search-tree kata is not implemented yet: write BinarySearchTree.Contains.");

    public IReadOnlyList<int> Sorted() =>
        throw new NotImplementedException("The binary-search-tree kata is not implemented yet: write BinarySearchTree.Sorted.");
}
