namespace MlKata.Katas;

/// <summary>A binary tree node, shared by the tree katas.</summary>
public sealed class TreeNode
{
    public int Value;
    public TreeNode? Left;
    public TreeNode? Right;

    public TreeNode(int value, TreeNode? left = null, TreeNode? right = null)
    {
        Value = value;
        Left = left;
        Right = right;
    }
}
