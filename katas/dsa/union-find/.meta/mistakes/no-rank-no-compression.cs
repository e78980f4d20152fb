// Mistake: neither union by rank nor path compression; trees degrade into chains and every Find walks O(n) parents.
// Expect: none
namespace MlKata.Katas;

public sealed class DisjointSet
{
    private readonly int[] _parent;

    public DisjointSet(int n)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n));
        _parent = new int[n];
        for (int i = 0; i < n; i++) _parent[i] = i;
        Components = n;
    }

    public int Components { get; private set; }

    public int Find(int x)
    {
        if (x < 0 || x >= _parent.Length) throw new ArgumentOutOfRangeException(nameof(x));
        while (_parent[x] != x) x = _parent[x];
        return x;
    }

    public bool Union(int a, int b)
    {
        if (a < 0 || a >= _parent.Length) throw new ArgumentOutOfRangeException(nameof(a));
        if (b < 0 || b >= _parent.Length) throw new ArgumentOutOfRangeException(nameof(b));
        int ra = Find(a), rb = Find(b);
        if (ra == rb) return false;
        _parent[rb] = ra;
        Components--;
        return true;
    }
}
