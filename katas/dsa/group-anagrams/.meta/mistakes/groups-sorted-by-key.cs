// Mistake: groups are kept in a SortedDictionary, so they come out in the order of their keys instead of the order their first word appears.
// Expect: none
namespace MlKata.Katas;

public static class Anagrams
{
    public static IList<IList<string>> Group(string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var groups = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string word in words)
        {
            if (word is null) throw new ArgumentNullException(nameof(words));
            char[] chars = word.ToCharArray();
            Array.Sort(chars);
            string key = new(chars);
            if (!groups.TryGetValue(key, out var group)) groups[key] = group = new List<string>();
            group.Add(word);
        }
        return groups.Values.Select(g => (IList<string>)g).ToList();
    }
}
