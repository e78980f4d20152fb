namespace MlKata.Katas;

public static class Anagrams
{
    public static IList<IList<string>> Group(string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        int missing = Array.IndexOf(words, null);
        if (missing >= 0) throw new ArgumentNullException(nameof(words), $"words[{missing}] is null.");

        // GroupBy yields groups in the order of their first element and keeps each group's
        // elements in source order; Order() on chars sorts by UTF-16 code unit.
        return words
            .GroupBy(word => string.Concat(word.Order()), StringComparer.Ordinal)
            .Select(group => (IList<string>)group.ToList())
            .ToList();
    }
}
