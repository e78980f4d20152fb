namespace MlKata.Katas;

public static class TopologicalSort
{
    public static int[]? Order(int n, (int Before, int After)[] edges)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "n < 0");
        ArgumentNullException.ThrowIfNull(edges);
        if (edges.Any(e => (uint)e.Before >= (uint)n || (uint)e.After >= (uint)n))
            throw new ArgumentOutOfRangeException(nameof(edges), "an edge endpoint is outside 0..n-1");

        var adj = edges.ToLookup(e => e.Before, e => e.After);
        var deg = new int[n];
        foreach (var (_, b) in edges) deg[b]++;

        var pq = new PriorityQueue<int, int>();
        for (int v = 0; v < n; v++)
            if (deg[v] == 0) pq.Enqueue(v, v);

        var res = new int[n];
        int k = 0;
        while (pq.Count > 0)
        {
            int u = pq.Dequeue();
            res[k++] = u;
            foreach (int w in adj[u])
                if (--deg[w] == 0) pq.Enqueue(w, w);
        }
        return k < n ? null : res;
    }
}
