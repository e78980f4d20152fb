using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Dsa.RecursiveTreeTraversalAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1411RecursiveTreeTraversalTests
{
    private const string Node = """
        public sealed class TreeNode
        {
            public int Value;
            public TreeNode? Left;
            public TreeNode? Right;
        }
        public sealed class Node
        {
            public int Value { get; set; }
            public List<Node> Children { get; } = new();
        }
        """;

    [Fact]
    public Task Flags_recursive_in_order_and_pre_order() => Verify.VerifyAsync(Node + """
        public static class Traversals
        {
            public static IList<int> InOrder(TreeNode? root)
            {
                var result = new List<int>();
                Visit(root, result);
                return result;
            }

            private static void Visit(TreeNode? node, List<int> result)
            {
                if (node is null) return;
                [|Visit(node.Left, result)|];
                result.Add(node.Value);
                [|Visit(node.Right, result)|];
            }

            public static void PreOrder(TreeNode? node, List<int> output)
            {
                if (node == null) return;
                output.Add(node.Value);
                [|PreOrder(node?.Left, output)|];
                [|PreOrder(node?.Right, output)|];
            }
        }
        """);

    [Fact]
    public Task Flags_local_functions_in_traversals_and_any_helper_of_a_traversal_type() => Verify.VerifyAsync(Node + """
        public static class TreeTraversal
        {
            public static IList<int> PostOrder(TreeNode? root)
            {
                var result = new List<int>();
                Go(root);
                return result;

                void Go(TreeNode? node)
                {
                    if (node is null) return;
                    [|Go(node.Left)|];
                    [|Go(node.Right)|];
                    result.Add(node.Value);
                }
            }

            private static void Collect(TreeNode? node, int depth, List<IList<int>> levels)
            {
                if (node is null) return;
                if (levels.Count == depth) levels.Add(new List<int>());
                levels[depth].Add(node.Value);
                [|Collect(node.Left, depth + 1, levels)|];
                [|Collect(node.Right, depth + 1, levels)|];
            }
        }
        """);

    [Fact]
    public Task Flags_n_ary_children() => Verify.VerifyAsync(Node + """
        public static class Forest
        {
            public static void Dfs(Node node, List<int> output)
            {
                output.Add(node.Value);
                foreach (var child in node.Children) [|Dfs(child, output)|];
            }

            public static void Walk(Node node, List<int> output)
            {
                for (int i = 0; i < node.Children.Count; i++) [|Walk(node.Children[i], output)|];
            }
        }
        """);

    [Fact]
    public Task Quiet_on_iterative_traversals_and_other_recursions() => Verify.VerifyAsync(Node + """
        public static class TreeWork
        {
            public static IList<int> InOrder(TreeNode? root)
            {
                var result = new List<int>();
                var pending = new Stack<TreeNode>();
                var node = root;
                while (node is not null || pending.Count > 0)
                {
                    while (node is not null) { pending.Push(node); node = node.Left; }
                    node = pending.Pop();
                    result.Add(node.Value);
                    node = node.Right;
                }
                return result;
            }

            // Not a traversal: recursion on a balanced search path or a height.
            public static int Height(TreeNode? node) => node is null ? 0 : 1 + Math.Max(Height(node.Left), Height(node.Right));

            public static TreeNode Insert(TreeNode? node, int value)
            {
                if (node is null) return new TreeNode { Value = value };
                if (value < node.Value) node.Left = Insert(node.Left, value);
                else node.Right = Insert(node.Right, value);
                return node;
            }

            // A traversal name, but the recursion is not on a child of its node.
            public static int Visit(TreeNode? node, int budget) => budget <= 0 || node is null ? 0 : Visit(node, budget - 1);

            public static void Walk(TreeNode node, TreeNode? other) { if (other is not null) Walk(node, new TreeNode()); }

            // Calling another traversal on a child is not recursion.
            public static void PreOrder(TreeNode? node, List<int> output) { if (node is not null) InOrderInto(node.Left, output); }
            private static void InOrderInto(TreeNode? node, List<int> output) { }
        }
        """);

    [Fact]
    public Task Quiet_and_safe_on_half_typed_code() => Verify.VerifyAsync(Node + """
        public static class TreeTraversal
        {
            public static void InOrder(TreeNode? node, List<int> output)
            {
                if (node is null) return;
                InOrder(node.Left, output
                InOrder(node.
            }
        }
        """, allowCompilerErrors: true);
}
