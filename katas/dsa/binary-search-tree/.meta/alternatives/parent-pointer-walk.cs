namespace MlKata.Katas;

public sealed class BinarySearchTree
{
    public TreeNode? Root { get; private set; }

    public void Insert(int value)
    {
        TreeNode? parent = null, cur = Root;
        bool goLeft = false;
        while (cur is not null)
        {
            parent = cur;
            goLeft = value <= cur.Value;
            cur = goLeft ? cur.Left : cur.Right;
        }
        var n = new TreeNode(value);
        if (parent is null) Root = n;
        else if (goLeft) parent.Left = n;
        else parent.Right = n;
    }

    public bool Contains(int value)
    {
        var cur = Root;
        while (cur is not null && cur.Value != value)
            cur = value < cur.Value ? cur.Left : cur.Right;
        return cur is not null;
    }

    public IReadOnlyList<int> Sorted()
    {
        var res = new List<int>();
        var st = new Stack<(TreeNode n, bool expanded)>();
        if (Root is not null) st.Push((Root, false));
        while (st.Count > 0)
        {
            var (n, expanded) = st.Pop();
            if (expanded) { res.Add(n.Value); continue; }
            if (n.Right is not null) st.Push((n.Right, false));
            st.Push((n, true));
            if (n.Left is not null) st.Push((n.Left, false));
        }
        return res.AsReadOnly();
    }
}
