namespace MlKata.Katas;

public sealed class RunningMedian
{
    // A binary heap of ints over a List<int>; `before(a, b)` says a belongs nearer the top.
    private sealed class Heap
    {
        private readonly List<int> _items = new();
        private readonly Func<int, int, bool> _before;

        public Heap(Func<int, int, bool> before) => _before = before;

        public int Count => _items.Count;

        public int Top => _items[0];

        public void Push(int value)
        {
            _items.Add(value);
            int child = _items.Count - 1;
            while (child > 0)
            {
                int parent = (child - 1) / 2;
                if (!_before(_items[child], _items[parent])) break;
                (_items[child], _items[parent]) = (_items[parent], _items[child]);
                child = parent;
            }
        }

        public int Pop()
        {
            int top = _items[0];
            int last = _items.Count - 1;
            _items[0] = _items[last];
            _items.RemoveAt(last);
            int node = 0;
            while (true)
            {
                int left = 2 * node + 1, right = left + 1, best = node;
                if (left < _items.Count && _before(_items[left], _items[best])) best = left;
                if (right < _items.Count && _before(_items[right], _items[best])) best = right;
                if (best == node) break;
                (_items[node], _items[best]) = (_items[best], _items[node]);
                node = best;
            }
            return top;
        }
    }

    private readonly Heap _smallerHalf = new((a, b) => a > b); // max at the top
    private readonly Heap _largerHalf = new((a, b) => a < b);  // min at the top

    public void Add(int value)
    {
        if (_smallerHalf.Count > 0 && value > _smallerHalf.Top) _largerHalf.Push(value);
        else _smallerHalf.Push(value);

        if (_smallerHalf.Count > _largerHalf.Count + 1) _largerHalf.Push(_smallerHalf.Pop());
        else if (_largerHalf.Count > _smallerHalf.Count) _smallerHalf.Push(_largerHalf.Pop());
    }

    public double Median
    {
        get
        {
            if (_smallerHalf.Count == 0)
                throw new InvalidOperationException("The stream is empty; there is no median yet.");
            return _smallerHalf.Count > _largerHalf.Count
                ? _smallerHalf.Top
                : (_smallerHalf.Top + (long)_largerHalf.Top) / 2.0;
        }
    }
}
