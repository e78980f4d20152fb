// Mistake: union by rank compares the ranks of the elements a and b instead of their roots, so a leaf (rank 0) can pull a tall tree under a singleton.
// Expect: none
namespace MlKata.Katas;

public sealed class DisjointSet
{
    private readonly int[] _parent;
    private readonly int[] _rank;

    public DisjointSet(int n)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n));
        _parent = new int[n];
        _rank = new int[n];
        for (int i = 0; i < n; i++) _parent[i] = i;
        Components = n;
    }

    public int Components { get; private set; }

    public int Find(int x)
    {
        if (x < 0 || x >= _parent.Length) throw new ArgumentOutOfRangeException(nameof(x));
        int root = x;
        while (_parent[root] != root) root = _parent[root];
        while (_parent[x] != root) (x, _parent[x]) = (_parent[x], root);
        return root;
    }

    public bool Union(int a, int b)
    {
        if (a < 0 || a >= _parent.Length) throw new ArgumentOutOfRangeException(nameof(a));
        if (b < 0 || b >= _parent.Length) throw new ArgumentOutOfRangeException(nameof(b));
        int ra = Find(a), rb = Find(b);
        if (ra == rb) return false;
        if (_rank[a] < _rank[b]) _parent[ra] = rb;
        else if (_rank[a] > _rank[b]) _parent[rb] = ra;
        else
        {
            _parent[rb] = ra;
            _rank[ra]++;
        }
        Components--;
        return true;
    }
}
