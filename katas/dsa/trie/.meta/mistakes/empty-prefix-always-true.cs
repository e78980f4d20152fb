// Mistake: StartsWith("") finds the root, which always exists, so an empty trie claims to hold a word.
// Expect: none
namespace MlKata.Katas;

public sealed class Trie
{
    private sealed class Node
    {
        public readonly SortedList<char, Node> Children = new();
        public string? Word;
    }

    private readonly Node _root = new();

    public void Insert(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Node node = _root;
        foreach (char c in word)
        {
            if (!node.Children.TryGetValue(c, out Node? child)) node.Children.Add(c, child = new Node());
            node = child;
        }
        node.Word = word;
    }

    public bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Walk(word)?.Word is not null;
    }

    public bool StartsWith(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return Walk(prefix) is not null;
    }

    public IReadOnlyList<string> WithPrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var words = new List<string>();
        var stack = new Stack<Node>();
        if (Walk(prefix) is Node start) stack.Push(start);
        while (stack.Count > 0)
        {
            Node node = stack.Pop();
            if (node.Word is not null) words.Add(node.Word);
            for (int i = node.Children.Count - 1; i >= 0; i--) stack.Push(node.Children.Values[i]);
        }
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
