// Mistake: the two middle values are added as ints before dividing, so two large values overflow and the median comes out negative.
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
            return (_lower.Peek() + _upper.Peek()) / 2.0;
        }
    }
}
