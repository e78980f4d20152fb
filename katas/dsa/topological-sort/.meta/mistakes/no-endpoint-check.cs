// Mistake: never checks edge endpoints against 0..n-1, so a bad edge surfaces as an IndexOutOfRangeException deep inside instead of an ArgumentOutOfRangeException naming edges.
// Expect: none
namespace MlKata.Katas;

public static class TopologicalSort
{
    public static int[]? Order(int n, (int Before, int After)[] edges)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "n, the number of nodes, cannot be negative.");
        ArgumentNullException.ThrowIfNull(edges);

        // In-degrees and out-degrees; every edge counts, duplicates included.
        var inDegree = new int[n];
        var adjacencyStart = new int[n + 1];
        for (int e = 0; e < edges.Length; e++)
        {
            var (before, after) = edges[e];
            inDegree[after]++;
            adjacencyStart[before + 1]++;
        }
        // Compact adjacency lists: the successors of v are successors[adjacencyStart[v] .. adjacencyStart[v + 1]).
        for (int v = 0; v < n; v++) adjacencyStart[v + 1] += adjacencyStart[v];
        var successors = new int[edges.Length];
        var next = adjacencyStart[..n];
        foreach (var (before, after) in edges) successors[next[before]++] = after;

        // Min-heap of ready nodes: the smallest ready node always goes next.
        var ready = new PriorityQueue<int, int>();
        for (int v = 0; v < n; v++)
            if (inDegree[v] == 0) ready.Enqueue(v, v);

        var order = new int[n];
        int placed = 0;
        while (ready.TryDequeue(out int node, out _))
        {
            order[placed++] = node;
            for (int k = adjacencyStart[node]; k < adjacencyStart[node + 1]; k++)
            {
                int successor = successors[k];
                if (--inDegree[successor] == 0) ready.Enqueue(successor, successor);
            }
        }
        // Nodes never freed wait on each other around a cycle.
        return placed == n ? order : null;
    }
}
