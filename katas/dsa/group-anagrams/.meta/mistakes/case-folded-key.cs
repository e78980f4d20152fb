// Mistake: the key lower-cases the word first, so "Listen" and "silent" are grouped although the kata compares characters case-sensitively.
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
            char[] chars = word.ToLowerInvariant().ToCharArray();
            Array.Sort(chars);
            string key = new(chars);
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
