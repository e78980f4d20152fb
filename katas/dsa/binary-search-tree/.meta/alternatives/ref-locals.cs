namespace MlKata.Katas;

public sealed class BinarySearchTree
{
    private TreeNode? _root;
    private int _size;

    public TreeNode? Root => _root;

    public void Insert(int value)
    {
        // Follow references to the empty child slot, then fill it: no special case for the root.
        ref TreeNode? slot = ref _root;
        while (slot is not null)
            slot = ref (value <= slot.Value ? ref slot.Left : ref slot.Right);
        slot = new TreeNode(value);
        _size++;
    }

    public bool Contains(int value)
    {
        for (var node = _root; node is not null; node = value < node.Value ? node.Left : node.Right)
            if (node.Value == value) return true;
        return false;
    }

    public IReadOnlyList<int> Sorted()
    {
        var values = new int[_size];
        int written = 0;
        var path = new Stack<TreeNode>();
        for (var node = _root; node is not null || path.Count > 0;)
        {
            for (; node is not null; node = node.Left) path.Push(node);
            var next = path.Pop();
            values[written++] = next.Value;
            node = next.Right;
        }
        return values;
    }
}
