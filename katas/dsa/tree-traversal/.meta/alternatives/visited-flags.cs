namespace MlKata.Katas;

public static class TreeTraversal
{
    private enum Order { In, Pre, Post }

    // One explicit stack for all three depth-first orders: a node is pushed once to expand it
    // and once more, flagged ready, to emit its value at the right moment.
    private static List<int> DepthFirst(TreeNode? root, Order order)
    {
        var output = new List<int>();
        var work = new Stack<(TreeNode Node, bool Ready)>();
        if (root is not null) work.Push((root, false));
        while (work.TryPop(out var item))
        {
            var (node, ready) = item;
            if (ready)
            {
                output.Add(node.Value);
                continue;
            }
            // Pushed in reverse of the wanted visiting order.
            switch (order)
            {
                case Order.Pre:
                    PushChild(node.Right); PushChild(node.Left); work.Push((node, true));
                    break;
                case Order.In:
                    PushChild(node.Right); work.Push((node, true)); PushChild(node.Left);
                    break;
                case Order.Post:
                    work.Push((node, true)); PushChild(node.Right); PushChild(node.Left);
                    break;
            }
        }
        return output;

        void PushChild(TreeNode? child)
        {
            if (child is not null) work.Push((child, false));
        }
    }

    public static IList<int> InOrder(TreeNode? root) => DepthFirst(root, Order.In);

    public static IList<int> PreOrder(TreeNode? root) => DepthFirst(root, Order.Pre);

    public static IList<int> PostOrder(TreeNode? root) => DepthFirst(root, Order.Post);

    public static IList<IList<int>> LevelOrder(TreeNode? root)
    {
        var levels = new List<IList<int>>();
        var queue = new Queue<(TreeNode Node, int Depth)>();
        if (root is not null) queue.Enqueue((root, 0));
        while (queue.TryDequeue(out var entry))
        {
            var (node, depth) = entry;
            if (depth == levels.Count) levels.Add(new List<int>());
            levels[depth].Add(node.Value);
            if (node.Left is not null) queue.Enqueue((node.Left, depth + 1));
            if (node.Right is not null) queue.Enqueue((node.Right, depth + 1));
        }
        return levels;
    }
}
