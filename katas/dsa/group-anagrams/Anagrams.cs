namespace MlKata.Katas;

/// <summary>Groups words that are anagrams of each other. See README.md.</summary>
public static class Anagrams
{
    public static IList<IList<string>> Group(string[] words) =>
        throw new NotImplementedException("The group-anagrams kata is not implemented yet: write Anagrams.Group.");
}
