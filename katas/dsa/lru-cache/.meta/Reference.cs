namespace MlKata.Katas;

public sealed class LruCache
{
    private readonly int _capacity;
    // Key -> its node in the recency list, so a hit finds and moves its entry in O(1).
    private readonly Dictionary<int, LinkedListNode<(int Key, int Value)>> _nodes = new();
    // Most recently used first, least recently used last.
    private readonly LinkedList<(int Key, int Value)> _recency = new();

    public LruCache(int capacity)
    {
        if (capacity < 1)
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity must be at least 1.");
        _capacity = capacity;
    }

    public int Count => _nodes.Count;

    public bool TryGet(int key, out int value)
    {
        if (!_nodes.TryGetValue(key, out var node))
        {
            value = 0;
            return false;
        }
        MoveToFront(node);
        value = node.Value.Value;
        return true;
    }

    public void Put(int key, int value)
    {
        if (_nodes.TryGetValue(key, out var node))
        {
            node.Value = (key, value);           // an update evicts nothing
            MoveToFront(node);
            return;
        }
        if (_nodes.Count == _capacity)
        {
            node = _recency.Last!;               // the least recently used entry
            _recency.RemoveLast();
            _nodes.Remove(node.Value.Key);
            node.Value = (key, value);           // reuse its node: no allocation once full
            _recency.AddFirst(node);
        }
        else
        {
            node = _recency.AddFirst((key, value));
        }
        _nodes.Add(key, node);
    }

    private void MoveToFront(LinkedListNode<(int Key, int Value)> node)
    {
        if (node == _recency.First) return;
        _recency.Remove(node);                   // O(1): unlinks this node, no search
        _recency.AddFirst(node);
    }
}
