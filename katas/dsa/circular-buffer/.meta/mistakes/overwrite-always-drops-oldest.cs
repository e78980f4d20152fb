// Mistake: Overwrite always advances past the oldest value, even when the buffer has room, so it throws away data it did not need to.
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
        if (_count == 0) { Write(value); return; }
        _items[(_oldest + _count) % _items.Length] = value;
        _oldest = (_oldest + 1) % _items.Length;
    }

    public void Clear() => _oldest = _count = 0;
}
