// Mistake: stores successors in a HashSet, which collapses a repeated edge, while the in-degree counts every copy; the target is never freed and a cycle is wrongly reported.
// Expect: none
namespace MlKata.Katas;

public static class TopologicalSort
{
    public static int[]? Order(int n, (int Before, int After)[] edges)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n));
        ArgumentNullException.ThrowIfNull(edges);
        var successors = new HashSet<int>[n];
        var inDegree = new int[n];
        for (int v = 0; v < n; v++) successors[v] = new HashSet<int>();
        foreach (var (before, after) in edges)
        {
            if (before < 0 || before >= n || after < 0 || after >= n) throw new ArgumentOutOfRangeException(nameof(edges));
            successors[before].Add(after);
            inDegree[after]++;
        }
        var ready = new PriorityQueue<int, int>();
        for (int v = 0; v < n; v++)
            if (inDegree[v] == 0) ready.Enqueue(v, v);
        var order = new List<int>(n);
        while (ready.TryDequeue(out int node, out _))
        {
            order.Add(node);
            foreach (int successor in successors[node])
                if (--inDegree[successor] == 0) ready.Enqueue(successor, successor);
        }
        return order.Count == n ? order.ToArray() : null;
    }
}
