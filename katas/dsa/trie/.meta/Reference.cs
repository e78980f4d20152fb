namespace MlKata.Katas;

public sealed class Trie
{
    private sealed class Node
    {
        // Keyed by char, whose comparison is ordinal: children come out in UTF-16 code-unit order.
        public readonly SortedList<char, Node> Children = new();
        public string? Word; // the word ending here, or null
    }

    private readonly Node _root = new();
    private int _words;

    public void Insert(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Node node = _root;
        foreach (char c in word)
        {
            if (!node.Children.TryGetValue(c, out Node? child))
            {
                child = new Node();
                node.Children.Add(c, child);
            }
            node = child;
        }
        if (node.Word is null)
        {
            node.Word = word;
            _words++;
        }
    }

    public bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Walk(word)?.Word is not null;
    }

    public bool StartsWith(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        // Every node on a path was created for some word, so reaching one means a word extends it;
        // only the root exists without any word.
        return _words > 0 && Walk(prefix) is not null;
    }

    public IReadOnlyList<string> WithPrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var words = new List<string>();
        Node? start = Walk(prefix);
        if (start is null) return words;

        // Pre-order depth-first with an explicit stack (long words cannot overflow it): a node's
        // word, then its children in ascending char order, which is ordinal order.
        var pending = new Stack<Node>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            Node node = pending.Pop();
            if (node.Word is not null) words.Add(node.Word);
            IList<Node> children = node.Children.Values;
            for (int i = children.Count - 1; i >= 0; i--) pending.Push(children[i]);
        }
        return words;
    }

    private Node? Walk(string text)
    {
        Node node = _root;
        foreach (char c in text)
            if (!node.Children.TryGetValue(c, out node!))
                return null;
        return node;
    }
}
