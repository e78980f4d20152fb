// Mistake: Union does not check whether the roots are already the same, so joining joined elements returns true and decrements Components again.
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
        if (_rank[ra] < _rank[rb]) (ra, rb) = (rb, ra);
        _parent[rb] = ra;
        if (_rank[ra] == _rank[rb] && ra != rb) _rank[ra]++;
        Components--;
        return true;
    }
}
