namespace MlKata.Katas;

public static class ShortestPath
{
    private readonly record struct Arc(int Target, int Weight);

    public static long[] Dijkstra(int n, (int From, int To, int Weight)[] edges, int source)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "The number of nodes cannot be negative.");
        ArgumentNullException.ThrowIfNull(edges);
        if (source < 0 || source >= n) throw new ArgumentOutOfRangeException(nameof(source), source, "The source is not a node of the graph.");

        foreach (var edge in edges)
        {
            bool endpointsValid = edge.From >= 0 && edge.From < n && edge.To >= 0 && edge.To < n;
            if (!endpointsValid) throw new ArgumentOutOfRangeException(nameof(edges), edge, "An edge endpoint is not a node of the graph.");
        }
        if (edges.Any(edge => edge.Weight < 0))
            throw new ArgumentException("Dijkstra's algorithm needs non-negative weights.", nameof(edges));

        var outgoingArcs = Enumerable.Range(0, n).Select(_ => new List<Arc>()).ToArray();
        foreach (var (from, to, weight) in edges) outgoingArcs[from].Add(new Arc(to, weight));

        var bestKnownDistance = Enumerable.Repeat(long.MaxValue, n).ToArray();
        var settled = new bool[n];
        var frontier = new PriorityQueue<int, long>();
        bestKnownDistance[source] = 0;
        frontier.Enqueue(source, 0);

        while (frontier.TryDequeue(out int closestNode, out long distanceToClosest))
        {
            if (settled[closestNode]) continue; // an outdated, longer entry for a finished node
            settled[closestNode] = true;
            foreach (var arc in outgoingArcs[closestNode])
            {
                long throughClosest = distanceToClosest + arc.Weight;
                if (!settled[arc.Target] && throughClosest < bestKnownDistance[arc.Target])
                {
                    bestKnownDistance[arc.Target] = throughClosest;
                    frontier.Enqueue(arc.Target, throughClosest);
                }
            }
        }
        return bestKnownDistance;
    }
}
