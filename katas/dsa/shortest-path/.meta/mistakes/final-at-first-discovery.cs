// Mistake: fixes a node's distance the first time it is discovered (marking it visited on push), so a cheaper path with more edges found later is ignored.
// Expect: none
namespace MlKata.Katas;

public static class ShortestPath
{
    public static long[] Dijkstra(int n, (int From, int To, int Weight)[] edges, int source)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n));
        ArgumentNullException.ThrowIfNull(edges);
        if (source < 0 || source >= n) throw new ArgumentOutOfRangeException(nameof(source));
        var adjacency = new List<(int To, int Weight)>[n];
        for (int v = 0; v < n; v++) adjacency[v] = new List<(int, int)>();
        foreach (var (from, to, weight) in edges)
        {
            if (from < 0 || from >= n || to < 0 || to >= n) throw new ArgumentOutOfRangeException(nameof(edges));
            if (weight < 0) throw new ArgumentException("negative weight", nameof(edges));
            adjacency[from].Add((to, weight));
        }

        var dist = new long[n];
        Array.Fill(dist, long.MaxValue);
        var visited = new bool[n];
        dist[source] = 0;
        visited[source] = true;
        var frontier = new PriorityQueue<int, long>();
        frontier.Enqueue(source, 0);
        while (frontier.TryDequeue(out int node, out long distance))
        {
            foreach (var (to, weight) in adjacency[node])
            {
                if (visited[to]) continue;
                visited[to] = true;
                dist[to] = distance + weight;
                frontier.Enqueue(to, dist[to]);
            }
        }
        return dist;
    }
}
