// Mistake: the key counts letters in an int[26] indexed by c - 'a', which only works for lowercase a to z; any other character indexes outside the array.
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
            var counts = new int[26];
            foreach (char c in word) counts[c - 'a']++;
            string key = string.Join(",", counts);
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
