// Mistake: treats the tree as a set and drops a value that is already present, so duplicates vanish from the tree and from Sorted().
// Expect: none
namespace MlKata.Katas;

public sealed class BinarySearchTree
{
    private int _count;

    public TreeNode? Root { get; private set; }

    public void Insert(int value)
    {
        if (Contains(value)) return;
        var fresh = new TreeNode(value);
        _count++;
        if (Root is null)
        {
            Root = fresh;
            return;
        }
        // Walk down with loops (a tree fed sorted values is a chain as tall as it is long).
        TreeNode node = Root;
        while (true)
        {
            if (value <= node.Value)             // equal goes left
            {
                if (node.Left is null) { node.Left = fresh; return; }
                node = node.Left;
            }
            else
            {
                if (node.Right is null) { node.Right = fresh; return; }
                node = node.Right;
            }
        }
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
        // Iterative in-order walk into a new list sized for every value.
        var result = new List<int>(_count);
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
