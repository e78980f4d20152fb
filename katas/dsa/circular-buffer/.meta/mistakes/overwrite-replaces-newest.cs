// Mistake: Overwrite on a full buffer replaces the most recently written value instead of the oldest, so stale data survives and fresh data is lost.
// Expect: none
namespace MlKata.Katas;

public sealed class CircularBuffer
{
    private readonly int[] _items;
    private int _oldest, _count;

    public CircularBuffer(int capacity)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity));
        _items = new int[capacity];
    }

    public int Count => _count;

    public void Write(int value)
    {
        if (_count == _items.Length) throw new InvalidOperationException("full");
        _items[(_oldest + _count) % _items.Length] = value;
        _count++;
    }

    public int Read()
    {
        if (_count == 0) throw new InvalidOperationException("empty");
        int value = _items[_oldest];
        _oldest = (_oldest + 1) % _items.Length;
        _count--;
        return value;
    }

    public void Overwrite(int value)
    {
        if (_count < _items.Length) { Write(value); return; }
        _items[(_oldest + _count - 1) % _items.Length] = value;
    }

    public void Clear() => _oldest = _count = 0;
}
