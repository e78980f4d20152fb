// Mistake: children live in a Dictionary and are visited in the order they were first inserted, so WithPrefix lists words in insertion order rather than sorted ordinally.
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
    private int _words;

    public void Insert(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Node node = _root;
        foreach (char c in word)
        {
            if (!node.Children.TryGetValue(c, out Node? child)) node.Children[c] = child = new Node();
            node = child;
        }
        if (!node.IsWord) { node.IsWord = true; _words++; }
    }

    public bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Walk(word)?.IsWord == true;
    }

    public bool StartsWith(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return _words > 0 && Walk(prefix) is not null;
    }

    public IReadOnlyList<string> WithPrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var words = new List<string>();
        if (Walk(prefix) is Node start) Collect(start, prefix, words);
        return words;
    }

    private static void Collect(Node node, string text, List<string> words)
    {
        if (node.IsWord) words.Add(text);
        foreach (var (c, child) in node.Children) Collect(child, text + c, words);
    }

    private Node? Walk(string text)
    {
        Node node = _root;
        foreach (char c in text)
            if (!node.Children.TryGetValue(c, out node!)) return null;
        return node;
    }
}
