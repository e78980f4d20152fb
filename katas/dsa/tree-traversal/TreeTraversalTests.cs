using System.Text;
using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class TreeTraversalTests
{
    private static TreeNode N(int value, TreeNode? left = null, TreeNode? right = null) => new(value, left, right);

    private static IList<IList<int>> Levels(params int[][] rows) => rows.Select(row => (IList<int>)row).ToList();

    //         4
    //        / \
    //       2   6
    //      / \   \
    //     1   3   7          (the README example)
    private static TreeNode Example() => N(4, N(2, N(1), N(3)), N(6, null, N(7)));

    //         1
    //        / \
    //       2   3
    //        \   \
    //         4   5
    //        /
    //       6
    private static TreeNode Irregular() => N(1, N(2, null, N(4, N(6))), N(3, null, N(5)));

    //         0
    //        / \
    //      -5   0
    //      / \
    //    -5   0             (repeated and negative values)
    private static TreeNode Repeats() => N(0, N(-5, N(-5), N(0)), N(0));

    // A chain of `length` nodes: the root holds `length`, each node's only child holds one less.
    private static TreeNode Chain(int length, bool leftward)
    {
        var node = N(1);
        for (int value = 2; value <= length; value++)
            node = leftward ? N(value, left: node) : N(value, right: node);
        return node;
    }

    [Fact]
    public void InOrder_visits_left_subtree_node_right_subtree()
    {
        TreeNode example = Example(), irregular = Irregular(), repeats = Repeats();
        // Example: {1, 2, 3} left of 4, then {6, 7}.
        Check.Given(Describe(example)).Hint(2).Equal([1, 2, 3, 4, 6, 7], TreeTraversal.InOrder(example));
        // Irregular: 2 has no left, so 2; then its right subtree 6, 4; then 1; then 3, 5.
        Check.Given(Describe(irregular)).Hint(2).Equal([2, 6, 4, 1, 3, 5], TreeTraversal.InOrder(irregular));
        // Repeats: left subtree -5, -5, 0; then the root 0; then the right 0.
        Check.Given(Describe(repeats)).Hint(2).Equal([-5, -5, 0, 0, 0], TreeTraversal.InOrder(repeats));
    }

    [Fact]
    public void PreOrder_visits_node_left_subtree_right_subtree()
    {
        TreeNode example = Example(), irregular = Irregular(), repeats = Repeats();
        // Example: 4, then 2 1 3, then 6 7.
        Check.Given(Describe(example)).Hint(2).Equal([4, 2, 1, 3, 6, 7], TreeTraversal.PreOrder(example));
        // Irregular: 1, then 2 4 6, then 3 5.
        Check.Given(Describe(irregular)).Hint(2).Equal([1, 2, 4, 6, 3, 5], TreeTraversal.PreOrder(irregular));
        // Repeats: 0, then -5 -5 0 (the left subtree), then 0.
        Check.Given(Describe(repeats)).Hint(2).Equal([0, -5, -5, 0, 0], TreeTraversal.PreOrder(repeats));
    }

    [Fact]
    public void PostOrder_visits_left_subtree_right_subtree_node()
    {
        TreeNode example = Example(), irregular = Irregular(), repeats = Repeats();
        // Example: 1 3 2, then 7 6, then 4.
        Check.Given(Describe(example)).Hint(3).Equal([1, 3, 2, 7, 6, 4], TreeTraversal.PostOrder(example));
        // Irregular: 6 4 2 (4's subtree, then 2), then 5 3, then 1.
        Check.Given(Describe(irregular)).Hint(3).Equal([6, 4, 2, 5, 3, 1], TreeTraversal.PostOrder(irregular));
        // Repeats: -5 0 -5 (the left subtree), then 0, then the root 0.
        Check.Given(Describe(repeats)).Hint(3).Equal([-5, 0, -5, 0, 0], TreeTraversal.PostOrder(repeats));
    }

    [Fact]
    public void LevelOrder_lists_each_depth_left_to_right()
    {
        TreeNode example = Example(), irregular = Irregular(), repeats = Repeats();
        Check.Given(Describe(example)).Hint(2).Equal(Levels([4], [2, 6], [1, 3, 7]), TreeTraversal.LevelOrder(example));
        Check.Given(Describe(irregular)).Hint(2).Equal(Levels([1], [2, 3], [4, 5], [6]), TreeTraversal.LevelOrder(irregular));
        Check.Given(Describe(repeats)).Hint(2).Equal(Levels([0], [-5, 0], [-5, 0]), TreeTraversal.LevelOrder(repeats));
    }

    [Fact]
    public void LevelOrder_of_a_complete_tree_has_doubling_levels()
    {
        // Heap numbering: node k has children 2k and 2k + 1, for k = 1..1023. Depth d then holds
        // exactly the values 2^d .. 2^(d+1) - 1, in increasing order from left to right.
        var nodes = new TreeNode[1024];
        for (int k = 1023; k >= 1; k--)
            nodes[k] = N(k, 2 * k <= 1023 ? nodes[2 * k] : null, 2 * k + 1 <= 1023 ? nodes[2 * k + 1] : null);
        TreeNode root = nodes[1];
        var expected = Enumerable.Range(0, 10)
            .Select(d => (IList<int>)Enumerable.Range(1 << d, 1 << d).ToList()).ToList();
        Check.Given(Describe(root)).Hint(2).Equal<IList<IList<int>>>(expected, TreeTraversal.LevelOrder(root));
    }

    [Fact]
    public void A_single_node_is_its_own_traversal()
    {
        TreeNode root = N(42);
        var given = Check.Given(Describe(root)).Hint(2);
        given.Equal([42], TreeTraversal.InOrder(root));
        given.Equal([42], TreeTraversal.PreOrder(root));
        given.Equal([42], TreeTraversal.PostOrder(root));
        given.Equal(Levels([42]), TreeTraversal.LevelOrder(root));
    }

    [Fact]
    public void A_null_root_is_the_empty_tree()
    {
        TreeNode? root = null;
        var given = Check.Given(Describe(root)).Hint(3);
        given.Equal([], TreeTraversal.InOrder(root));
        given.Equal([], TreeTraversal.PreOrder(root));
        given.Equal([], TreeTraversal.PostOrder(root));
        given.Equal(Levels(), TreeTraversal.LevelOrder(root));
    }

    [Fact]
    public void A_left_leaning_chain_is_traversed_correctly()
    {
        // 1000 nodes, each the left child of the next: root 1000, deepest leaf 1. Shallow enough
        // for any solution's stack; a much deeper chain is why the traversals should be iterative.
        // In-order and post-order both start at the deepest node: 1, 2, ..., 1000.
        // Pre-order and the levels start at the root: 1000, 999, ..., 1.
        TreeNode root = Chain(1000, leftward: true);
        var ascending = Enumerable.Range(1, 1000).ToList();
        var descending = Enumerable.Range(1, 1000).Reverse().ToList();
        var given = Check.Given(Describe(root)).Hint(1);
        given.Equal<IList<int>>(ascending, TreeTraversal.InOrder(root));
        given.Equal<IList<int>>(descending, TreeTraversal.PreOrder(root));
        given.Equal<IList<int>>(ascending, TreeTraversal.PostOrder(root));
        given.Equal<IList<IList<int>>>(descending.Select(v => (IList<int>)new[] { v }).ToList(), TreeTraversal.LevelOrder(root));
    }

    [Fact]
    public void A_right_leaning_chain_is_traversed_correctly()
    {
        // 1000 nodes, each the right child of the next: root 1000, deepest leaf 1. With no left
        // children, in-order and pre-order both go root first: 1000, ..., 1; post-order ends
        // at the root: 1, ..., 1000.
        TreeNode root = Chain(1000, leftward: false);
        var ascending = Enumerable.Range(1, 1000).ToList();
        var descending = Enumerable.Range(1, 1000).Reverse().ToList();
        var given = Check.Given(Describe(root)).Hint(1);
        given.Equal<IList<int>>(descending, TreeTraversal.InOrder(root));
        given.Equal<IList<int>>(descending, TreeTraversal.PreOrder(root));
        given.Equal<IList<int>>(ascending, TreeTraversal.PostOrder(root));
        given.Equal<IList<IList<int>>>(descending.Select(v => (IList<int>)new[] { v }).ToList(), TreeTraversal.LevelOrder(root));
    }

    [Fact]
    public void The_tree_is_not_modified()
    {
        TreeNode root = Irregular();
        var before = Links(root);
        TreeTraversal.InOrder(root);
        TreeTraversal.PreOrder(root);
        TreeTraversal.PostOrder(root);
        TreeTraversal.LevelOrder(root);
        var after = Links(root);
        Check.Given(Describe(root)).That(before.SequenceEqual(after), "every node keeps its value, left child and right child",
            $"{after.Count} nodes reachable, {after.Except(before).Count()} with changed values or links");
    }

    // The tree in text form for failure messages: value(left, right), "-" for a missing child,
    // cut after about 120 characters. Built with an explicit stack, never recursion.
    private static string Describe(TreeNode? root)
    {
        var text = new StringBuilder();
        var work = new Stack<object?>();
        work.Push(root);
        while (work.Count > 0 && text.Length < 120)
        {
            switch (work.Pop())
            {
                case string token: text.Append(token); break;
                case TreeNode node:
                    text.Append(node.Value);
                    if (node.Left is null && node.Right is null) break;
                    work.Push(")"); work.Push(node.Right); work.Push(", "); work.Push(node.Left); work.Push("(");
                    break;
                default: text.Append('-'); break;
            }
        }
        if (work.Count > 0) text.Append("...");
        return text.ToString();
    }

    // Every reachable node with its value and both child references, gathered without recursion.
    private static List<(TreeNode Node, int Value, TreeNode? Left, TreeNode? Right)> Links(TreeNode root)
    {
        var links = new List<(TreeNode, int, TreeNode?, TreeNode?)>();
        var pending = new Stack<TreeNode>();
        var seen = new HashSet<TreeNode>(ReferenceEqualityComparer.Instance);
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!seen.Add(node)) continue;   // a link left behind could form a cycle
            links.Add((node, node.Value, node.Left, node.Right));
            if (node.Right is not null) pending.Push(node.Right);
            if (node.Left is not null) pending.Push(node.Left);
        }
        return links;
    }
}
