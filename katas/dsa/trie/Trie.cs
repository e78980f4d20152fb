namespace MlKata.Katas;

/// <summary>A prefix tree of strings. See README.md.</summary>
public sealed class Trie
{
    public void Insert(string word) =>
        throw new NotImplementedException("The trie kata is not implemented yet: write Trie.Insert.");

    public bool Contains(string word) =>
        throw new NotImplementedException("The trie kata is not implemented yet: write Trie.Contains.");

    public bool StartsWith(string prefix) =>
        throw new NotImplementedException("The trie kata is not implemented yet: write Trie.StartsWith.");

    public IReadOnlyList<string> WithPrefix(string prefix) =>
        throw new NotImplementedException("The trie kata is not implemented yet: write Trie.WithPrefix.");
}
