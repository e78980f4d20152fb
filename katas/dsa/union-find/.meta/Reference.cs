namespace MlKata.Katas;

public sealed class DisjointSet
{
    private readonly int[] _parent;
    private readonly byte[] _rank; // an upper bound on the tree height; log2(int.MaxValue) < 32

    public DisjointSet(int n)
    {
        if (n < 0)
            throw new ArgumentOutOfRangeException(nameof(n), n, "The number of elements cannot be negative.");
        _parent = new int[n];
        _rank = new byte[n];
        for (int i = 0; i < n; i++) _parent[i] = i;
        Components = n;
    }

    public int Components { get; private set; }

    public int Find(int x)
    {
        CheckElement(x, nameof(x));
        return Root(x);
    }

    public bool Union(int a, int b)
    {
        CheckElement(a, nameof(a));
        CheckElement(b, nameof(b));
        int ra = Root(a), rb = Root(b);
        if (ra == rb) return false;

        // Union by rank: the lower tree goes under the higher one, so heights stay O(log n).
        if (_rank[ra] < _rank[rb]) (ra, rb) = (rb, ra);
        _parent[rb] = ra;
        if (_rank[ra] == _rank[rb]) _rank[ra]++;
        Components--;
        return true;
    }

    private int Root(int x)
    {
        int root = x;
        while (_parent[root] != root) root = _parent[root];
        // Path compression, iteratively: every node on the path now points at the root.
        while (_parent[x] != root)
        {
            int next = _parent[x];
            _parent[x] = root;
            x = next;
        }
        return root;
    }

    private void CheckElement(int element, string paramName)
    {
        if ((uint)element >= (uint)_parent.Length)
            throw new ArgumentOutOfRangeException(paramName, element,
                _parent.Length == 0 ? "The set has no elements." : $"Elements are 0..{_parent.Length - 1}.");
    }
}
