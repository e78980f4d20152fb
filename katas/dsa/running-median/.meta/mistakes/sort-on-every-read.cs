// Mistake: keeps a plain list and sorts it whenever the median is read: O(n log n) per read instead of O(log n) per Add.
// Expect: none
namespace MlKata.Katas;

public sealed class RunningMedian
{
    private readonly List<int> _values = new();
    private bool _sorted = true;

    public void Add(int value)
    {
        _values.Add(value);
        _sorted = false;
    }

    public double Median
    {
        get
        {
            if (_values.Count == 0) throw new InvalidOperationException("empty");
            if (!_sorted)
            {
                _values.Sort();
                _sorted = true;
            }
            int n = _values.Count;
            return n % 2 == 1 ? _values[n / 2] : ((long)_values[n / 2 - 1] + _values[n / 2]) / 2.0;
        }
    }
}
