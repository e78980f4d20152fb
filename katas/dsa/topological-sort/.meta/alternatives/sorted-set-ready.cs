namespace MlKata.Katas;

public static class TopologicalSort
{
    public static int[]? Order(int n, (int Before, int After)[] edges)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "The node count cannot be negative.");
        ArgumentNullException.ThrowIfNull(edges);

        var successorsOf = new List<int>[n];
        var remainingPredecessors = new int[n];
        for (int node = 0; node < n; node++) successorsOf[node] = new List<int>();
        foreach (var edge in edges)
        {
            if (edge.Before < 0 || edge.Before >= n || edge.After < 0 || edge.After >= n)
                throw new ArgumentOutOfRangeException(nameof(edges), edge, $"Edge {edge} names a node outside 0..{n - 1}.");
            successorsOf[edge.Before].Add(edge.After);
            remainingPredecessors[edge.After]++;
        }

        // A SortedSet hands out its minimum in O(log n): the smallest ready node goes first.
        var readyNodes = new SortedSet<int>(Enumerable.Range(0, n).Where(node => remainingPredecessors[node] == 0));
        var ordering = new List<int>(n);
        while (readyNodes.Count > 0)
        {
            int smallestReady = readyNodes.Min;
            readyNodes.Remove(smallestReady);
            ordering.Add(smallestReady);
            foreach (int successor in successorsOf[smallestReady])
            {
                remainingPredecessors[successor]--;
                if (remainingPredecessors[successor] == 0) readyNodes.Add(successor);
            }
        }

        bool everyNodePlaced = ordering.Count == n;
        return everyNodePlaced ? ordering.ToArray() : null;
    }
}
