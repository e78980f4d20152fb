namespace MlKata.Katas;

// Nodes live in parallel lists and are named by index; node 0 is the root (the empty string).
public sealed class Trie
{
    private readonly List<SortedDictionary<char, int>> next = [new()];
    private readonly List<string?> ends = [null]; // the word ending at each node, or null
    private int count;

    public void Insert(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        int v = 0;
        foreach (char c in word)
        {
            if (!next[v].TryGetValue(c, out int u))
            {
                u = next.Count;
                next.Add(new SortedDictionary<char, int>());
                ends.Add(null);
                next[v].Add(c, u);
            }
            v = u;
        }
        if (ends[v] is null)
        {
            ends[v] = word;
            count++;
        }
    }

    public bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        int v = Find(word);
        return v >= 0 && ends[v] is not null;
    }

    public bool StartsWith(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return count > 0 && Find(prefix) >= 0;
    }

    public IReadOnlyList<string> WithPrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var res = new List<string>();
        int s = Find(prefix);
        if (s < 0) return res;

        var st = new Stack<int>();
        st.Push(s);
        while (st.Count > 0)
        {
            int v = st.Pop();
            if (ends[v] is { } w) res.Add(w);
            // SortedDictionary keys ascend by char (ordinal); push in reverse so the smallest pops first.
            foreach (int u in next[v].Values.Reverse()) st.Push(u);
        }
        return res;
    }

    // The node reached by following text from the root, or -1.
    private int Find(string text)
    {
        int v = 0;
        foreach (char c in text)
            if (!next[v].TryGetValue(c, out v)) return -1;
        return v;
    }
}
