using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class ShortestPathTests
{
    private const long Unreachable = long.MaxValue;

    // The README example (the classic six-node example graph, made one-way from lower to higher node).
    private static (int From, int To, int Weight)[] Example() =>
        [(0, 1, 7), (0, 2, 9), (0, 5, 14), (1, 2, 10), (1, 3, 15), (2, 3, 11), (2, 5, 2), (3, 4, 6), (5, 4, 9)];

    [Fact]
    public void Finds_the_cheapest_path_to_every_node()
    {
        // 1: 7 (0-1). 2: min(9, 7 + 10) = 9. 5: min(14, 9 + 2) = 11. 3: min(7 + 15, 9 + 11) = 20.
        // 4: min(20 + 6, 11 + 9) = 20.
        var edges = Example();
        int n = 6, source = 0;
        Check.Given(n, edges, source).Hint(1).Equal([0L, 7, 9, 20, 20, 11], ShortestPath.Dijkstra(n, edges, source));
    }

    [Fact]
    public void A_distance_is_final_only_when_it_is_the_smallest_left()
    {
        // 0 -> 1 costs 10 directly but 1 + 1 through 2; 3 hangs off 1, so it inherits the fix:
        // dist = [0, 2, 1, 5].
        (int From, int To, int Weight)[] edges = [(0, 1, 10), (0, 2, 1), (2, 1, 1), (1, 3, 3)];
        int n = 4, source = 0;
        Check.Given(n, edges, source).Hint(2).Equal([0L, 2, 1, 5], ShortestPath.Dijkstra(n, edges, source));
    }

    [Fact]
    public void Edges_are_one_way()
    {
        // From 3 only 3 -> 4 can be driven: everything else is unreachable.
        var edges = Example();
        int n = 6, source = 3;
        Check.Given(n, edges, source).Hint(2).Equal(
            [Unreachable, Unreachable, Unreachable, 0L, 6, Unreachable], ShortestPath.Dijkstra(n, edges, source));
    }

    [Fact]
    public void Unreachable_nodes_get_long_MaxValue()
    {
        // Two components {0, 1} and {2, 3}, plus the isolated node 4.
        (int From, int To, int Weight)[] edges = [(0, 1, 4), (2, 3, 1), (3, 2, 1)];
        int n = 5, source = 0;
        Check.Given(n, edges, source).Hint(1).Equal([0L, 4, Unreachable, Unreachable, Unreachable], ShortestPath.Dijkstra(n, edges, source));
    }

    [Fact]
    public void A_lone_source_is_at_distance_zero()
    {
        (int From, int To, int Weight)[] edges = [];
        int n = 1, source = 0;
        Check.Given(n, edges, source).Hint(1).Equal([0L], ShortestPath.Dijkstra(n, edges, source));
    }

    [Fact]
    public void Parallel_edges_self_loops_and_zero_weights_are_fine()
    {
        // 0 -> 1 costs 5 or 2 (the cheaper parallel edge), 1 -> 2 costs 0, the self-loops add
        // nothing, and 2 -> 0 leads back to the source: dist = [0, 2, 2].
        (int From, int To, int Weight)[] edges = [(0, 1, 5), (0, 1, 2), (1, 1, 0), (1, 2, 0), (2, 2, 7), (2, 0, 1)];
        int n = 3, source = 0;
        Check.Given(n, edges, source).Hint(2).Equal([0L, 2, 2], ShortestPath.Dijkstra(n, edges, source));
    }

    [Fact]
    public void Sums_beyond_int_range_are_exact()
    {
        // A chain of three int.MaxValue edges: 3 * 2,147,483,647 = 6,442,450,941 at node 3.
        (int From, int To, int Weight)[] edges = [(0, 1, int.MaxValue), (1, 2, int.MaxValue), (2, 3, int.MaxValue)];
        int n = 4, source = 0;
        Check.Given(n, edges, source).Hint(3).Equal(
            [0L, 2_147_483_647, 4_294_967_294, 6_442_450_941], ShortestPath.Dijkstra(n, edges, source));
    }

    [Fact]
    public void Matches_Bellman_Ford_on_random_graphs()
    {
        // Twenty graphs of 8 nodes and 20 random edges with weights 0..20 (fixed seeds). The
        // expected distances come from Bellman-Ford, a different algorithm: n - 1 rounds of
        // relaxing every edge.
        for (int seed = 1; seed <= 20; seed++)
        {
            const int n = 8;
            var random = new Random(seed);
            var edges = Enumerable.Range(0, 20)
                .Select(_ => (From: random.Next(n), To: random.Next(n), Weight: random.Next(21))).ToArray();
            int source = seed % n;
            Check.Given(n, edges, source).Hint(2).Equal(BellmanFord(n, edges, source), ShortestPath.Dijkstra(n, edges, source));
        }
    }

    private static long[] BellmanFord(int n, (int From, int To, int Weight)[] edges, int source)
    {
        var dist = Enumerable.Repeat(Unreachable, n).ToArray();
        dist[source] = 0;
        for (int round = 1; round < n; round++)
            foreach (var (from, to, weight) in edges)
                if (dist[from] != Unreachable && dist[from] + weight < dist[to])
                    dist[to] = dist[from] + weight;
        return dist;
    }

    [Theory]
    [InlineData(0)]   // the negative edge leaves the source
    [InlineData(2)]   // the negative edge is reachable, further on
    [InlineData(3)]   // from 3 nothing is reachable, but the graph is still invalid
    public void A_negative_weight_is_rejected_up_front(int source)
    {
        // Edge 2 -> 1 has weight -3; a check made only while relaxing would miss it from source 3.
        (int From, int To, int Weight)[] edges = [(0, 2, 4), (2, 1, -3), (0, 1, 5)];
        int n = 4;
        var thrown = Check.Given(n, edges, source).Hint(3)
            .Throws<ArgumentException>(() => ShortestPath.Dijkstra(n, edges, source), "edges");
        Check.Given(n, edges, source).Hint(3).That(thrown is not ArgumentOutOfRangeException,
            "an ArgumentException: the weight is invalid, not out of range of the nodes", thrown.GetType().Name);
    }

    [Theory]
    [InlineData(3, -1)]
    [InlineData(3, 3)]
    [InlineData(0, 0)]    // no nodes, so no valid source
    public void A_source_outside_the_nodes_is_rejected(int n, int source)
    {
        (int From, int To, int Weight)[] edges = [];
        Check.Given(n, edges, source).Hint(3).Throws<ArgumentOutOfRangeException>(() => ShortestPath.Dijkstra(n, edges, source), "source");
    }

    [Theory]
    [InlineData(3, 1)]    // From = n
    [InlineData(-1, 1)]   // From negative
    [InlineData(1, 5)]    // To beyond n
    [InlineData(1, -2)]   // To negative
    public void An_endpoint_outside_the_nodes_is_rejected(int from, int to)
    {
        (int From, int To, int Weight)[] edges = [(0, 1, 1), (from, to, 1)];
        int n = 3, source = 0;
        Check.Given(n, edges, source).Hint(3).Throws<ArgumentOutOfRangeException>(() => ShortestPath.Dijkstra(n, edges, source), "edges");
    }

    [Fact]
    public void A_null_edge_list_is_rejected()
    {
        (int From, int To, int Weight)[]? edges = null;
        Check.Given(edges).Throws<ArgumentNullException>(() => ShortestPath.Dijkstra(3, edges!, 0), "edges");
    }

    [Fact]
    public void The_edges_are_not_modified()
    {
        var edges = Example();
        Check.Given(edges).Unchanged(() => ShortestPath.Dijkstra(6, edges, 0));
    }
}
