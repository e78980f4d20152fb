// Mistake: the walk assigns the new node to the local cursor (node = new TreeNode(...)) instead of to parent.Left or parent.Right, so nothing below the root is ever linked in.
// Expect: none
namespace MlKata.Katas;

public sealed class BinarySearchTree
{
    public TreeNode? Root { get; private set; }

    public void Insert(int value)
    {
        if (Root is null)
        {
            Root = new TreeNode(value);
            return;
        }
        TreeNode? node = Root;
        while (node is not null)
            node = value <= node.Value ? node.Left : node.Right;
        node = new TreeNode(value);
    }

    public bool Contains(int value)
    {
        TreeNode? node = Root;
        while (node is not null)
        {
            if (value == node.Value) return true;
            node = value < node.Value ? node.Left : node.Right;
        }
        return false;
    }

    public IReadOnlyList<int> Sorted()
    {
        var result = new List<int>();
        var pending = new Stack<TreeNode>();
        TreeNode? node = Root;
        while (node is not null || pending.Count > 0)
        {
            while (node is not null)
            {
                pending.Push(node);
                node = node.Left;
            }
            node = pending.Pop();
            result.Add(node.Value);
            node = node.Right;
        }
        return result;
    }
}
