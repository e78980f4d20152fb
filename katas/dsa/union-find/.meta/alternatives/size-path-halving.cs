namespace MlKata.Katas;

public sealed class DisjointSet
{
    private readonly int[] parent;
    private readonly int[] size;
    private int count;

    public DisjointSet(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++)
        {
            parent[i] = i;
            size[i] = 1;
        }
        count = n;
    }

    public int Components => count;

    public int Find(int x)
    {
        Validate(x, nameof(x));
        return RootOf(x);
    }

    public bool Union(int a, int b)
    {
        Validate(a, nameof(a));
        Validate(b, nameof(b));
        int ra = RootOf(a), rb = RootOf(b);
        if (ra == rb) return false;

        // Union by size: the smaller tree hangs under the larger root.
        if (size[ra] < size[rb]) (ra, rb) = (rb, ra);
        parent[rb] = ra;
        size[ra] += size[rb];
        count--;
        return true;
    }

    // Path halving: every node on the way up is pointed at its grandparent, in one pass.
    private int RootOf(int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private void Validate(int element, string name)
    {
        if (element < 0 || element >= parent.Length)
            throw new ArgumentOutOfRangeException(name, element, $"element must be in 0..{parent.Length - 1}");
    }
}
