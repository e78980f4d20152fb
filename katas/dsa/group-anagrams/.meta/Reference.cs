namespace MlKata.Katas;

public static class Anagrams
{
    public static IList<IList<string>> Group(string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);

        var groups = new List<IList<string>>();
        var groupOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i] ?? throw new ArgumentNullException(nameof(words), $"words[{i}] is null.");
            string key = Key(word);
            if (!groupOf.TryGetValue(key, out List<string>? group))
            {
                group = new List<string>();
                groupOf.Add(key, group);
                groups.Add(group); // groups stay in order of their first word
            }
            group.Add(word);
        }
        return groups;
    }

    // The word's UTF-16 code units in ascending order: equal exactly for anagrams.
    private static string Key(string word)
    {
        char[] chars = word.ToCharArray();
        Array.Sort(chars);
        return new string(chars);
    }
}
