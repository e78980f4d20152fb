// Mistake: the max-heap is a min-heap on -value, but -int.MinValue overflows back to int.MinValue, so int.MinValue is treated as the largest value of the lower half.
// Expect: none
namespace MlKata.Katas;

public sealed class RunningMedian
{
    private readonly PriorityQueue<int, int> _lower = new();
    private readonly PriorityQueue<int, int> _upper = new();

    public void Add(int value)
    {
        if (_lower.Count == 0 || value <= _lower.Peek()) _lower.Enqueue(value, -value);
        else _upper.Enqueue(value, value);
        if (_lower.Count > _upper.Count + 1) { int v = _lower.Dequeue(); _upper.Enqueue(v, v); }
        else if (_upper.Count > _lower.Count) { int v = _upper.Dequeue(); _lower.Enqueue(v, -v); }
    }

    public double Median
    {
        get
        {
            if (_lower.Count == 0) throw new InvalidOperationException("empty");
            if (_lower.Count > _upper.Count) return _lower.Peek();
            return ((long)_lower.Peek() + _upper.Peek()) / 2.0;
        }
    }
}
