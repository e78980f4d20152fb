namespace MlKata.Katas;

// One array: up[x] >= 0 is x's parent, and a root stores minus the size of its tree.
public sealed class DisjointSet
{
    private readonly int[] up;

    public DisjointSet(int n)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "n must be >= 0");
        up = new int[n];
        Array.Fill(up, -1);
        Components = n;
    }

    public int Components { get; private set; }

    public int Find(int x) => Root(InRange(x, nameof(x)));

    public bool Union(int a, int b)
    {
        int ra = Root(InRange(a, nameof(a)));
        int rb = Root(InRange(b, nameof(b)));
        if (ra == rb) return false;

        if (up[ra] > up[rb]) (ra, rb) = (rb, ra); // ra now heads the larger tree (more negative)
        up[ra] += up[rb];
        up[rb] = ra;
        Components--;
        return true;
    }

    // Union by size keeps every tree O(log n) tall, so this recursion stays shallow;
    // on the way back every node on the path is pointed straight at the root.
    private int Root(int x) => up[x] < 0 ? x : up[x] = Root(up[x]);

    private int InRange(int x, string name) =>
        (uint)x < (uint)up.Length
            ? x
            : throw new ArgumentOutOfRangeException(name, x, $"Elements are 0..{up.Length - 1}.");
}
