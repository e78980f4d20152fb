using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class TopologicalSortTests
{
    // InlineData cannot hold tuples: edges are written as flat pairs, before, after, before, after...
    private static (int Before, int After)[] Edges(int[] flat) =>
        Enumerable.Range(0, flat.Length / 2).Select(i => (flat[2 * i], flat[2 * i + 1])).ToArray();

    [Theory]
    // A chain: 0 before 1 before 2.
    [InlineData(3, new[] { 0, 1, 1, 2 }, new[] { 0, 1, 2 })]
    // A chain numbered backwards: 2 before 1 before 0.
    [InlineData(3, new[] { 2, 1, 1, 0 }, new[] { 2, 1, 0 })]
    // The README example; the trace is written out there.
    [InlineData(6, new[] { 5, 2, 5, 0, 4, 0, 4, 1, 2, 3, 3, 1 }, new[] { 4, 5, 0, 2, 3, 1 })]
    // A diamond 0 -> {1, 2} -> 3: after 0 both 1 and 2 are ready; 1 is smaller.
    [InlineData(4, new[] { 0, 2, 0, 1, 2, 3, 1, 3 }, new[] { 0, 1, 2, 3 })]
    public void Every_edge_points_forward(int n, int[] flat, int[] expected)
    {
        var edges = Edges(flat);
        Check.Given(n, edges).Hint(1).Equal(expected, TopologicalSort.Order(n, edges));
    }

    [Theory]
    // Ready {1, 2, 3}: place 1, then 2, which frees 0; ready {0, 3}: 0 is smaller than 3.
    // (A first-in first-out queue would give [1, 2, 3, 0].)
    [InlineData(4, new[] { 2, 0 }, new[] { 1, 2, 0, 3 })]
    // Ready {3, 4}: place 3, which frees 0; ready {0, 4}: place 0, which frees 1 and 2;
    // ready {1, 2, 4}: 1, 2, then 4. (FIFO would place 4 right after 3.)
    [InlineData(5, new[] { 3, 0, 0, 2, 0, 1 }, new[] { 3, 0, 1, 2, 4 })]
    // 4 must precede 0 and 3 must precede 1: ready {2, 3, 4}: 2, then 3 frees 1;
    // ready {1, 4}: 1, then 4 frees 0. (FIFO: 2, 3, 4, 1, 0.)
    [InlineData(5, new[] { 4, 0, 3, 1 }, new[] { 2, 3, 1, 4, 0 })]
    public void The_smallest_ready_node_goes_first(int n, int[] flat, int[] expected)
    {
        var edges = Edges(flat);
        Check.Given(n, edges).Hint(2).Equal(expected, TopologicalSort.Order(n, edges));
    }

    [Theory]
    [InlineData(0, new int[0], new int[0])]               // no nodes: an empty order
    [InlineData(1, new int[0], new[] { 0 })]
    [InlineData(5, new int[0], new[] { 0, 1, 2, 3, 4 })]  // no edges: all ready, by number
    public void Nodes_without_edges_go_in_numeric_order(int n, int[] flat, int[] expected)
    {
        var edges = Edges(flat);
        Check.Given(n, edges).Hint(1).Equal(expected, TopologicalSort.Order(n, edges));
    }

    [Theory]
    // The same edge twice: 1 waits for both copies, then goes.
    [InlineData(2, new[] { 0, 1, 0, 1 }, new[] { 0, 1 })]
    // 2 -> 0 three times, 1 -> 0 once: 1, 2, then 0.
    [InlineData(3, new[] { 2, 0, 1, 0, 2, 0, 2, 0 }, new[] { 1, 2, 0 })]
    public void Repeated_edges_change_nothing(int n, int[] flat, int[] expected)
    {
        var edges = Edges(flat);
        Check.Given(n, edges).Hint(2).Equal(expected, TopologicalSort.Order(n, edges));
    }

    [Theory]
    [InlineData(3, new[] { 0, 1, 1, 2, 2, 0 })]           // 0 -> 1 -> 2 -> 0
    [InlineData(2, new[] { 0, 1, 1, 0 })]                 // two nodes waiting on each other
    [InlineData(2, new[] { 1, 1 })]                       // a self-loop
    [InlineData(5, new[] { 0, 1, 2, 3, 3, 2 })]           // 0, 1 and 4 could go, 2 and 3 never
    [InlineData(4, new[] { 0, 1, 1, 2, 2, 3, 3, 1 })]     // a cycle 1 -> 2 -> 3 -> 1 after a free start
    public void A_cycle_gives_null(int n, int[] flat)
    {
        var edges = Edges(flat);
        Check.Given(n, edges).Hint(3).Equal(null, TopologicalSort.Order(n, edges));
    }

    [Fact]
    public void Matches_the_smallest_valid_order_found_by_brute_force()
    {
        // Twenty graphs of 6 nodes with 7 random edges each (fixed seeds; some have cycles). The
        // expected answer comes from trying all 720 orders in lexicographic order and taking the
        // first in which every edge points forward, or null when none does. Kahn's algorithm
        // with the smallest ready node first finds exactly that order.
        for (int seed = 1; seed <= 20; seed++)
        {
            const int n = 6;
            var random = new Random(seed);
            var edges = Enumerable.Range(0, 7).Select(_ => (random.Next(n), random.Next(n)))
                .Where(e => e.Item1 != e.Item2).Select(e => (Before: e.Item1, After: e.Item2)).ToArray();
            Check.Given(n, edges).Hint(2).Equal(SmallestValidOrder(n, edges), TopologicalSort.Order(n, edges));
        }
    }

    private static int[]? SmallestValidOrder(int n, (int Before, int After)[] edges)
    {
        int[] order = Enumerable.Range(0, n).ToArray();
        var position = new int[n];
        do
        {
            for (int i = 0; i < n; i++) position[order[i]] = i;
            if (edges.All(e => position[e.Before] < position[e.After])) return (int[])order.Clone();
        } while (NextPermutation(order));
        return null;
    }

    // Advances to the next permutation in lexicographic order; false after the last one.
    private static bool NextPermutation(int[] a)
    {
        int i = a.Length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) i--;
        if (i < 0) return false;
        int j = a.Length - 1;
        while (a[j] <= a[i]) j--;
        (a[i], a[j]) = (a[j], a[i]);
        Array.Reverse(a, i + 1, a.Length - i - 1);
        return true;
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void A_negative_node_count_is_rejected(int n)
    {
        (int Before, int After)[] edges = [];
        Check.Given(n, edges).Hint(3).Throws<ArgumentOutOfRangeException>(() => TopologicalSort.Order(n, edges), "n");
    }

    [Theory]
    [InlineData(3, new[] { 0, 3 })]                   // After = n
    [InlineData(3, new[] { 0, 1, -1, 2 })]            // Before negative, in the second edge
    [InlineData(0, new[] { 0, 0 })]                   // no nodes at all
    [InlineData(3, new[] { 0, 1, 1, 2, 2, 7 })]       // the last edge
    public void An_endpoint_outside_the_nodes_is_rejected(int n, int[] flat)
    {
        var edges = Edges(flat);
        Check.Given(n, edges).Hint(3).Throws<ArgumentOutOfRangeException>(() => TopologicalSort.Order(n, edges), "edges");
    }

    [Fact]
    public void A_null_edge_list_is_rejected()
    {
        (int Before, int After)[]? edges = null;
        Check.Given(edges).Throws<ArgumentNullException>(() => TopologicalSort.Order(3, edges!), "edges");
    }

    [Fact]
    public void The_edges_are_not_modified()
    {
        (int Before, int After)[] edges = [(5, 2), (5, 0), (4, 0), (4, 1), (2, 3), (3, 1)];
        Check.Given(edges).Unchanged(() => TopologicalSort.Order(6, edges));
    }
}
