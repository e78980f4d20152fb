namespace MlKata.Katas;

public static class Anagrams
{
    public static IList<IList<string>> Group(string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);

        var groups = new List<IList<string>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal); // key -> position in groups
        foreach (string w in words)
        {
            if (w is null) throw new ArgumentNullException(nameof(words), "a word is null");
            string key = SortedChars(w);
            if (index.TryGetValue(key, out int g))
            {
                groups[g].Add(w);
                continue;
            }
            index.Add(key, groups.Count);
            groups.Add(new List<string> { w });
        }
        return groups;
    }

    private static string SortedChars(string w)
    {
        Span<char> buf = w.Length <= 128 ? stackalloc char[w.Length] : new char[w.Length];
        w.AsSpan().CopyTo(buf);
        buf.Sort(); // char comparison is ordinal by code unit
        return new string(buf);
    }
}
