// Mistake: post-order reverses a normal pre-order (node, left, right), which yields right, left, node: the mirror image of post-order.
// Expect: none
namespace MlKata.Katas;

public static class TreeTraversal
{
    // Every traversal keeps its pending nodes on the heap (Stack/Queue), never on the call
    // stack, so a degenerate tree of any height is fine.

    public static IList<int> InOrder(TreeNode? root)
    {
        var result = new List<int>();
        var pending = new Stack<TreeNode>();
        TreeNode? node = root;
        while (node is not null || pending.Count > 0)
        {
            while (node is not null)          // go as far left as possible, remembering the way back
            {
                pending.Push(node);
                node = node.Left;
            }
            node = pending.Pop();             // its left subtree is done
            result.Add(node.Value);
            node = node.Right;                // then its right subtree
        }
        return result;
    }

    public static IList<int> PreOrder(TreeNode? root)
    {
        var result = new List<int>();
        if (root is null) return result;
        var pending = new Stack<TreeNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            result.Add(node.Value);
            if (node.Right is not null) pending.Push(node.Right); // pushed first, popped after the left
            if (node.Left is not null) pending.Push(node.Left);
        }
        return result;
    }

    public static IList<int> PostOrder(TreeNode? root)
    {
        // (left, right, node) is the reverse of (node, right, left), a mirrored pre-order.
        var result = new List<int>();
        if (root is null) return result;
        var pending = new Stack<TreeNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            result.Add(node.Value);
            if (node.Right is not null) pending.Push(node.Right);
            if (node.Left is not null) pending.Push(node.Left);
        }
        result.Reverse();                     // once, O(n)
        return result;
    }

    public static IList<IList<int>> LevelOrder(TreeNode? root)
    {
        var levels = new List<IList<int>>();
        if (root is null) return levels;
        var queue = new Queue<TreeNode>();
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            int width = queue.Count;          // exactly this level; children enqueued below wait
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
