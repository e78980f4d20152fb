namespace MlKata.Katas;

public sealed class LruCache
{
    private sealed class Node
    {
        public int Key, Value;
        public Node? Prev, Next;
    }

    private readonly int _cap;
    private readonly Dictionary<int, Node> _map = new();
    private readonly Node _head = new(); // sentinel before the most recent entry
    private readonly Node _tail = new(); // sentinel after the least recent entry

    public LruCache(int capacity)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity must be >= 1");
        _cap = capacity;
        _head.Next = _tail;
        _tail.Prev = _head;
    }

    public int Count => _map.Count;

    public bool TryGet(int key, out int value)
    {
        if (_map.TryGetValue(key, out var n))
        {
            Unlink(n);
            PushFront(n);
            value = n.Value;
            return true;
        }
        value = 0;
        return false;
    }

    public void Put(int key, int value)
    {
        if (_map.TryGetValue(key, out var n))
        {
            n.Value = value;
            Unlink(n);
        }
        else
        {
            if (_map.Count == _cap)
            {
                var lru = _tail.Prev!;
                Unlink(lru);
                _map.Remove(lru.Key);
            }
            n = new Node { Key = key, Value = value };
            _map[key] = n;
        }
        PushFront(n);
    }

    private static void Unlink(Node n)
    {
        n.Prev!.Next = n.Next;
        n.Next!.Prev = n.Prev;
    }

    private void PushFront(Node n)
    {
        n.Prev = _head;
        n.Next = _head.Next;
        _head.Next!.Prev = n;
        _head.Next = n;
    }
}
