// Mistake: the even-count median is (a + b) / 2 on ints, so the mean of the two middle values is truncated: [1, 2] gives 1, not 1.5.
// Expect: none
namespace MlKata.Katas;

public sealed class RunningMedian
{
    private readonly PriorityQueue<int, int> _lower = new(Comparer<int>.Create((x, y) => y.CompareTo(x)));
    private readonly PriorityQueue<int, int> _upper = new();

    public void Add(int value)
    {
        if (_lower.Count == 0 || value <= _lower.Peek()) _lower.Enqueue(value, value);
        else _upper.Enqueue(value, value);
        if (_lower.Count > _upper.Count + 1) { int v = _lower.Dequeue(); _upper.Enqueue(v, v); }
        else if (_upper.Count > _lower.Count) { int v = _upper.Dequeue(); _lower.Enqueue(v, v); }
    }

    public double Median
    {
        get
        {
            if (_lower.Count == 0) throw new InvalidOperationException("empty");
            if (_lower.Count > _upper.Count) return _lower.Peek();
            return (int)(((long)_lower.Peek() + _upper.Peek()) / 2);
        }
    }
}
