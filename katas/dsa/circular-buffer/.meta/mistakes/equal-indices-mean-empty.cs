// Mistake: no count, only a read and a write index with "empty when they are equal"; after capacity writes the indices meet again, so a full buffer looks empty.
// Expect: none
namespace MlKata.Katas;

public sealed class CircularBuffer
{
    private readonly int[] _items;
    private int _read, _write;

    public CircularBuffer(int capacity)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity));
        _items = new int[capacity];
    }

    public int Count => (_write - _read + _items.Length) % _items.Length;

    public void Write(int value)
    {
        if (Count == _items.Length) throw new InvalidOperationException("full");
        _items[_write] = value;
        _write = (_write + 1) % _items.Length;
    }

    public int Read()
    {
        if (_read == _write) throw new InvalidOperationException("empty");
        int value = _items[_read];
        _read = (_read + 1) % _items.Length;
        return value;
    }

    public void Overwrite(int value)
    {
        if (Count == _items.Length) _read = (_read + 1) % _items.Length;
        _items[_write] = value;
        _write = (_write + 1) % _items.Length;
    }

    public void Clear() => _read = _write = 0;
}
