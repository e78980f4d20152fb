namespace MlKata.Katas;

public sealed class RunningMedian
{
    // The lower half in a max-heap (a reversed comparer; negating priorities overflows on
    // int.MinValue), the upper half in a min-heap. _lower holds as many values as _upper or one more.
    private readonly PriorityQueue<int, int> _lower = new(Comparer<int>.Create((x, y) => y.CompareTo(x)));
    private readonly PriorityQueue<int, int> _upper = new();

    public void Add(int value)
    {
        if (_lower.Count == 0 || value <= _lower.Peek())
            _lower.Enqueue(value, value);
        else
            _upper.Enqueue(value, value);

        // Restore the size balance with at most one move.
        if (_lower.Count > _upper.Count + 1)
        {
            int moved = _lower.Dequeue();
            _upper.Enqueue(moved, moved);
        }
        else if (_upper.Count > _lower.Count)
        {
            int moved = _upper.Dequeue();
            _lower.Enqueue(moved, moved);
        }
    }

    public double Median
    {
        get
        {
            if (_lower.Count == 0)
                throw new InvalidOperationException("The median of an empty stream is undefined; Add a value first.");
            if (_lower.Count > _upper.Count)
                return _lower.Peek();
            // Sum in long: two ints near int.MaxValue overflow an int.
            return ((long)_lower.Peek() + _upper.Peek()) / 2.0;
        }
    }
}
