// Mistake: keeps distances in int (int.MaxValue as "unreached") and converts at the end, so long paths with large weights wrap around to negative costs.
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

        var dist = new int[n];
        Array.Fill(dist, int.MaxValue);
        dist[source] = 0;
        var frontier = new PriorityQueue<int, int>();
        frontier.Enqueue(source, 0);
        while (frontier.TryDequeue(out int node, out int distance))
        {
            if (distance > dist[node]) continue;
            foreach (var (to, weight) in adjacency[node])
            {
                int candidate = unchecked(distance + weight);
                if (candidate < dist[to])
                {
                    dist[to] = candidate;
                    frontier.Enqueue(to, candidate);
                }
            }
        }
        return dist.Select(d => d == int.MaxValue ? long.MaxValue : d).ToArray();
    }
}
