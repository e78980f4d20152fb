using System.Text;

namespace MlKata.Katas;

public sealed class Trie
{
    private sealed class Node
    {
        public readonly Dictionary<char, Node> Children = new();
        public bool IsWord;
    }

    private readonly Node _root = new();
    private bool _hasWords;

    public void Insert(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var node = _root;
        foreach (char c in word)
        {
            if (!node.Children.TryGetValue(c, out var next))
                node.Children[c] = next = new Node();
            node = next;
        }
        node.IsWord = true;
        _hasWords = true;
    }

    public bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Descend(word) is { IsWord: true };
    }

    public bool StartsWith(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (!_hasWords) return false; // only the bare root exists: it stands for no word
        return Descend(prefix) is not null;
    }

    public IReadOnlyList<string> WithPrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var found = new List<string>();
        var start = Descend(prefix);
        if (start is null) return found;

        // Depth-first with an explicit stack. Each entry is a node, the char that leads to it and
        // its depth below the start, so one StringBuilder holds the current path: truncate it to
        // the depth, append the char. Children are pushed largest char first, so the smallest is
        // visited next, and a word comes before its extensions: ordinal order.
        var path = new StringBuilder(prefix);
        var pending = new Stack<(Node Node, char Edge, int Depth)>();
        if (start.IsWord) found.Add(prefix);
        PushChildren(pending, start, 1);
        while (pending.Count > 0)
        {
            var (node, edge, depth) = pending.Pop();
            path.Length = prefix.Length + depth - 1;
            path.Append(edge);
            if (node.IsWord) found.Add(path.ToString());
            PushChildren(pending, node, depth + 1);
        }
        return found;
    }

    private static void PushChildren(Stack<(Node, char, int)> pending, Node node, int depth)
    {
        foreach (var (c, child) in node.Children.OrderByDescending(pair => pair.Key))
            pending.Push((child, c, depth));
    }

    private Node? Descend(string text)
    {
        var node = _root;
        foreach (char c in text)
        {
            if (!node.Children.TryGetValue(c, out var next)) return null;
            node = next;
        }
        return node;
    }
}
