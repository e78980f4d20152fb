using MlKata.Analyzers.Dsa;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Dsa.ListFrontShiftAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1402ListFrontShiftTests
{
    [Fact]
    public Task Flags_a_bfs_frontier_kept_in_a_list() => Verify.VerifyAsync("""
        sealed class Node { public int Value; public Node? Left, Right; }

        static class Traversal
        {
            public static List<int> LevelOrder(Node? root)
            {
                var result = new List<int>();
                var frontier = new List<Node>();
                if (root is not null) frontier.Add(root);
                while (frontier.Count > 0)
                {
                    var node = frontier[0];
                    [|frontier.RemoveAt(0)|];
                    result.Add(node.Value);
                    if (node.Left is not null) frontier.Add(node.Left);
                    if (node.Right is not null) frontier.Add(node.Right);
                }
                return result;
            }
        }
        """);

    [Fact]
    public Task Flags_insert_at_the_front_in_loops_of_every_kind() => Verify.VerifyAsync("""
        static class Paths
        {
            public static List<int> Path(int[] previous, int target)
            {
                var path = new List<int>();
                for (int node = target; node != -1; node = previous[node])
                    [|path.Insert(0, node)|];
                return path;
            }

            public static List<int> Reversed(IEnumerable<int> values)
            {
                var result = new List<int>();
                foreach (var v in values) [|result.Insert(0, v)|];
                return result;
            }

            public static List<int> Chunks(List<int[]> chunks)
            {
                var result = new List<int>();
                int i = 0;
                do { [|result.InsertRange(0, chunks[i])|]; i++; } while (i < chunks.Count);
                return result;
            }
        }
        """);

    [Fact]
    public Task Flags_a_data_structure_that_shifts_its_list_on_every_operation() => Verify.VerifyAsync("""
        sealed class CircularBuffer
        {
            private readonly List<int> _items = new();

            public void Write(int value) => _items.Add(value);

            public int Read()
            {
                int value = _items[0];
                [|_items.RemoveAt(0)|];
                return value;
            }

            public void PushFront(int value) => [|_items.Insert(0, value)|];
        }
        """);

    [Fact]
    public Task Quiet_on_removals_at_the_end_queues_and_one_off_shifts() => Verify.VerifyAsync("""
        sealed class Stackish
        {
            private readonly List<int> _items = new();
            private readonly Queue<int> _queue = new();
            private readonly LinkedList<int> _linked = new();

            public Stackish(int[] seed)
            {
                _items.AddRange(seed);
                _items.RemoveAt(0);
            }

            public int Pop()
            {
                int value = _items[^1];
                _items.RemoveAt(_items.Count - 1);
                return value;
            }

            public int Dequeue() => _queue.Dequeue();
            public void PushFront(int value) => _linked.AddFirst(value);

            public static List<int> Once(List<int> input)
            {
                var copy = new List<int>(input);
                copy.RemoveAt(0);
                copy.Insert(0, -1);
                for (int i = 0; i < copy.Count; i++) copy[i]++;
                return copy;
            }

            public static List<int> AtIndex(List<int> input, int index)
            {
                var copy = new List<int>(input);
                for (int i = 0; i < 3; i++) copy.Insert(index, i);
                for (int i = 0; i < 3; i++) copy.Insert(copy.Count, i);
                return copy;
            }
        }
        """);

    [Fact]
    public Task Quiet_and_never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static void A(List<int> list)
            {
                while (list.Count > 0) list.RemoveAt(
                for (int i = 0; i < 3; i++) list.Insert(0,
                foreach (var x in list) unknown.RemoveAt(0);
            }
        }
        """, allowCompilerErrors: true);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page()
    {
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1402.md", ListFrontShiftAnalyzer.Rule.HelpLinkUri);
        Assert.Equal(MlKata.Analyzers.Rules.Categories.Dsa, ListFrontShiftAnalyzer.Rule.Category);
    }
}
