namespace MlKata.Katas;

public static class ShortestPath
{
    public static long[] Dijkstra(int n, (int From, int To, int Weight)[] edges, int source)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "n < 0");
        ArgumentNullException.ThrowIfNull(edges);
        if (source < 0 || source >= n) throw new ArgumentOutOfRangeException(nameof(source), source, "source not a node");

        var adj = new List<(int v, int w)>[n];
        for (int i = 0; i < n; i++) adj[i] = new();
        for (int i = 0; i < edges.Length; i++)
        {
            var (u, v, w) = edges[i];
            if (u < 0 || u >= n || v < 0 || v >= n) throw new ArgumentOutOfRangeException(nameof(edges), edges[i], $"edges[{i}] endpoint out of range");
            if (w < 0) throw new ArgumentException($"edges[{i}] has negative weight {w}", nameof(edges));
            adj[u].Add((v, w));
        }

        var d = new long[n];
        Array.Fill(d, long.MaxValue);
        d[source] = 0;
        // A SortedSet as an indexed priority queue: remove the old entry, add the improved one.
        var q = new SortedSet<(long d, int v)> { (0, source) };
        while (q.Count > 0)
        {
            var (du, u) = q.Min;
            q.Remove(q.Min);
            foreach (var (v, w) in adj[u])
            {
                long nd = du + w;
                if (nd >= d[v]) continue;
                if (d[v] != long.MaxValue) q.Remove((d[v], v));
                d[v] = nd;
                q.Add((nd, v));
            }
        }
        return d;
    }
}
