namespace MlKata.Katas;

public static class PopularityBaseline
{
    public static int[] Recommend((int User, int Item)[] interactions, int user, int k)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "k < 1");

        var cnt = new Dictionary<int, int>();
        var mine = new HashSet<int>();
        foreach (var (u, i) in interactions)
        {
            cnt[i] = cnt.TryGetValue(i, out int c) ? c + 1 : 1;
            if (u == user) mine.Add(i);
        }

        // Ordered best first (more interactions, then lower id); Max is the one to drop.
        var top = new SortedSet<(int c, int i)>(Comparer<(int c, int i)>.Create((a, b) =>
            a.c != b.c ? b.c.CompareTo(a.c) : a.i.CompareTo(b.i)));
        foreach (var (i, c) in cnt)
        {
            if (mine.Contains(i)) continue;
            top.Add((c, i));
            if (top.Count > k) top.Remove(top.Max);
        }
        return top.Select(t => t.i).ToArray();
    }
}
