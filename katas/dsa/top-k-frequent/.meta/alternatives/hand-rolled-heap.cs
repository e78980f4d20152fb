namespace MlKata.Katas;

public static class TopKFrequent
{
    public static int[] Find(int[] values, int k)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) throw new ArgumentException("empty", nameof(values));
        var cnt = new Dictionary<int, int>();
        foreach (int v in values) cnt[v] = cnt.GetValueOrDefault(v) + 1;
        if (k < 1 || k > cnt.Count) throw new ArgumentOutOfRangeException(nameof(k), k, "k out of range");

        // h is a min-heap (by "worse") of at most k (count, value) pairs.
        var h = new (int c, int v)[k];
        int n = 0;
        foreach (var (v, c) in cnt)
        {
            if (n < k) { h[n] = (c, v); Up(n++); }
            else if (Worse(h[0], (c, v))) { h[0] = (c, v); Down(0); }
        }
        var res = new int[k];
        for (int i = k - 1; i >= 0; i--)
        {
            res[i] = h[0].v;
            h[0] = h[--n];
            Down(0);
        }
        return res;

        static bool Worse((int c, int v) a, (int c, int v) b) => a.c != b.c ? a.c < b.c : a.v > b.v;

        void Up(int i)
        {
            while (i > 0)
            {
                int p = (i - 1) / 2;
                if (!Worse(h[i], h[p])) break;
                (h[i], h[p]) = (h[p], h[i]);
                i = p;
            }
        }

        void Down(int i)
        {
            while (true)
            {
                int l = 2 * i + 1, r = l + 1, m = i;
                if (l < n && Worse(h[l], h[m])) m = l;
                if (r < n && Worse(h[r], h[m])) m = r;
                if (m == i) return;
                (h[i], h[m]) = (h[m], h[i]);
                i = m;
            }
        }
    }
}
