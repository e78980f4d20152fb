namespace MlKata.Katas;

public static class TreeTraversal
{
    public static IList<int> InOrder(TreeNode? root)
    {
        var res = new List<int>();
        var st = new Stack<TreeNode>();
        var cur = root;
        while (true)
        {
            if (cur is not null) { st.Push(cur); cur = cur.Left; }
            else if (st.Count > 0) { cur = st.Pop(); res.Add(cur.Value); cur = cur.Right; }
            else return res;
        }
    }

    public static IList<int> PreOrder(TreeNode? root)
    {
        var res = new List<int>();
        var st = new Stack<TreeNode>();
        var cur = root;
        while (cur is not null || st.Count > 0)
        {
            if (cur is null) cur = st.Pop();
            res.Add(cur.Value);
            if (cur.Right is not null) st.Push(cur.Right);
            cur = cur.Left;
        }
        return res;
    }

    public static IList<int> PostOrder(TreeNode? root)
    {
        // Emit a node when its right subtree is absent or was the last one emitted.
        var res = new List<int>();
        var st = new Stack<TreeNode>();
        TreeNode? cur = root, last = null;
        while (cur is not null || st.Count > 0)
        {
            if (cur is not null) { st.Push(cur); cur = cur.Left; continue; }
            var top = st.Peek();
            if (top.Right is not null && top.Right != last) cur = top.Right;
            else { res.Add(top.Value); last = st.Pop(); }
        }
        return res;
    }

    public static IList<IList<int>> LevelOrder(TreeNode? root)
    {
        var res = new List<IList<int>>();
        var lvl = new List<TreeNode>();
        if (root is not null) lvl.Add(root);
        while (lvl.Count > 0)
        {
            res.Add(lvl.Select(t => t.Value).ToList());
            var nxt = new List<TreeNode>();
            foreach (var t in lvl)
            {
                if (t.Left is not null) nxt.Add(t.Left);
                if (t.Right is not null) nxt.Add(t.Right);
            }
            lvl = nxt;
        }
        return res;
    }
}
