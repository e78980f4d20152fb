// Mistake: the key is the set of distinct characters, ignoring how often each occurs, so "aab" and "abb" land in the same group.
// Expect: none
namespace MlKata.Katas;

public static class Anagrams
{
    public static IList<IList<string>> Group(string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var groups = new List<IList<string>>();
        var byKey = new Dictionary<string, List<string>>();
        foreach (string word in words)
        {
            if (word is null) throw new ArgumentNullException(nameof(words));
            string key = new(word.Distinct().OrderBy(c => c).ToArray());
            if (!byKey.TryGetValue(key, out var group))
            {
                byKey[key] = group = new List<string>();
                groups.Add(group);
            }
            group.Add(word);
        }
        return groups;
    }
}
