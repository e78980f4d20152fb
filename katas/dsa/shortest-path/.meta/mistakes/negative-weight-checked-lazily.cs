// Mistake: checks for negative weights only while relaxing the edges of visited nodes, so a negative edge the search never reaches goes unreported.
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
            adjacency[from].Add((to, weight));
        }

        var dist = new long[n];
        Array.Fill(dist, long.MaxValue);
        dist[source] = 0;
        var frontier = new PriorityQueue<int, long>();
        frontier.Enqueue(source, 0);
        while (frontier.TryDequeue(out int node, out long distance))
        {
            if (distance > dist[node]) continue;
            foreach (var (to, weight) in adjacency[node])
            {
                if (weight < 0) throw new ArgumentException("negative weight", nameof(edges));
                long candidate = distance + weight;
                if (candidate < dist[to])
                {
                    dist[to] = candidate;
                    frontier.Enqueue(to, candidate);
                }
            }
        }
        return dist;
    }
}
