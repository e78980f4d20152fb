// Mistake: adds every edge in both directions, as for a road map of two-way streets, so nodes become reachable against the direction of their edges.
// Expect: none
namespace MlKata.Katas;

public static class ShortestPath
{
    public static long[] Dijkstra(int n, (int From, int To, int Weight)[] edges, int source)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "n, the number of nodes, cannot be negative.");
        ArgumentNullException.ThrowIfNull(edges);
        if ((uint)source >= (uint)n)
            throw new ArgumentOutOfRangeException(nameof(source), source, $"source must be a node in 0..{n - 1}.");

        // Validate every edge up front, and count out-degrees for compact adjacency lists.
        var adjacencyStart = new int[n + 1];
        for (int e = 0; e < edges.Length; e++)
        {
            var (from, to, weight) = edges[e];
            if ((uint)from >= (uint)n || (uint)to >= (uint)n)
                throw new ArgumentOutOfRangeException(nameof(edges), edges[e], $"edges[{e}] has an endpoint outside 0..{n - 1}.");
            if (weight < 0)
                throw new ArgumentException($"edges[{e}] = {edges[e]} has a negative weight; Dijkstra's algorithm needs weights >= 0.", nameof(edges));
            adjacencyStart[from + 1]++;
            adjacencyStart[to + 1]++;
        }
        for (int v = 0; v < n; v++) adjacencyStart[v + 1] += adjacencyStart[v];
        var targets = new int[2 * edges.Length];
        var weights = new int[2 * edges.Length];
        var next = adjacencyStart[..n];
        foreach (var (from, to, weight) in edges)
        {
            int slot = next[from]++;
            targets[slot] = to;
            weights[slot] = weight;
            slot = next[to]++;
            targets[slot] = from;
            weights[slot] = weight;
        }

        var dist = new long[n];
        Array.Fill(dist, long.MaxValue);          // not reached (yet)
        dist[source] = 0;
        var frontier = new PriorityQueue<int, long>();
        frontier.Enqueue(source, 0);
        while (frontier.TryDequeue(out int node, out long distance))
        {
            if (distance > dist[node]) continue;  // a stale entry: the node was finalised cheaper
            for (int k = adjacencyStart[node]; k < adjacencyStart[node + 1]; k++)
            {
                long candidate = distance + weights[k];   // long: no overflow for n < 2^32 edges on a path
                int target = targets[k];
                if (candidate < dist[target])
                {
                    dist[target] = candidate;
                    frontier.Enqueue(target, candidate);
                }
            }
        }
        return dist;
    }
}
