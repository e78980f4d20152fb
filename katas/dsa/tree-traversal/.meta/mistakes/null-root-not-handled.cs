// Mistake: pre-order, post-order and level order push the root without checking for null, so an empty tree throws NullReferenceException instead of giving empty lists.
// Expect: none
namespace MlKata.Katas;

public static class TreeTraversal
{
    public static IList<int> InOrder(TreeNode? root)
    {
        var result = new List<int>();
        var pending = new Stack<TreeNode>();
        TreeNode? node = root;
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

    public static IList<int> PreOrder(TreeNode? root)
    {
        var result = new List<int>();
        var pending = new Stack<TreeNode>();
        pending.Push(root!);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            result.Add(node.Value);
            if (node.Right is not null) pending.Push(node.Right);
            if (node.Left is not null) pending.Push(node.Left);
        }
        return result;
    }

    public static IList<int> PostOrder(TreeNode? root)
    {
        var result = new List<int>();
        var pending = new Stack<TreeNode>();
        pending.Push(root!);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            result.Add(node.Value);
            if (node.Left is not null) pending.Push(node.Left);
            if (node.Right is not null) pending.Push(node.Right);
        }
        result.Reverse();
        return result;
    }

    public static IList<IList<int>> LevelOrder(TreeNode? root)
    {
        var levels = new List<IList<int>>();
        var queue = new Queue<TreeNode>();
        queue.Enqueue(root!);
        while (queue.Count > 0)
        {
            int width = queue.Count;
            var level = new List<int>(width);
            for (int i = 0; i < width; i++)
            {
                var node = queue.Dequeue();
                level.Add(node.Value);
                if (node.Left is not null) queue.Enqueue(node.Left);
                if (node.Right is not null) queue.Enqueue(node.Right);
            }
            levels.Add(level);
        }
        return levels;
    }
}
