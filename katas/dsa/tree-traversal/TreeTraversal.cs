namespace MlKata.Katas;

/// <summary>Iterative binary tree traversals over <see cref="TreeNode"/>. See README.md.</summary>
public static class TreeTraversal
{
    public static IList<int> InOrder(TreeNode? root) =>
        throw new NotImplementedException("The tree-traversal kata is not implemented yet: write TreeTraversal.InOrder.");

    public static IList<int> PreOrder(TreeNode? root) =>
        throw new NotImplementedException("The tree-traversal kata is not implemented yet: write TreeTraversal.PreOrder.");

    public static IList<int> PostOrder(TreeNode? root) =>
        throw new NotImplementedException("The tree-traversal kata is not implemented yet: write TreeTraversal.PostOrder.");

    public static IList<IList<int>> LevelOrder(TreeNode? root) =>
        throw new NotImplementedException("The tree-traversal kata is not implemented yet: write TreeTraversal.LevelOrder.");
}
