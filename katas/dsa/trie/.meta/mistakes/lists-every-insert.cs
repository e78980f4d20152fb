// Mistake: WithPrefix filters a list of every inserted string instead of walking the trie, so a word inserted twice is listed twice (and the query is O(number of words)).
// Expect: none
namespace MlKata.Katas;

public sealed class Trie
{
    private sealed class Node
    {
        public readonly Dictionary<char, Node> Children = new();
        public bool IsWord;
    }

    private readonly Node _root = new();
    private readonly List<string> _inserted = new();

    public void Insert(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Node node = _root;
        foreach (char c in word)
        {
            if (!node.Children.TryGetValue(c, out Node? child)) node.Children[c] = child = new Node();
            node = child;
        }
        node.IsWord = true;
        _inserted.Add(word);
    }

    public bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Walk(word)?.IsWord == true;
    }

    public bool StartsWith(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return _inserted.Count > 0 && Walk(prefix) is not null;
    }

    public IReadOnlyList<string> WithPrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var words = _inserted.Where(w => w.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        words.Sort(StringComparer.Ordinal);
        return words;
    }

    private Node? Walk(string text)
    {
        Node node = _root;
        foreach (char c in text)
            if (!node.Children.TryGetValue(c, out node!)) return null;
        return node;
    }
}
