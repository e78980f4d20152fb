// Mistake: Clear resets the read and write positions but not the count, so the buffer still claims to hold values and Read returns stale data.
// Expect: none
namespace MlKata.Katas;

public sealed class CircularBuffer
{
    private readonly int[] _items;
    private int _head, _tail, _count;

    public CircularBuffer(int capacity)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity));
        _items = new int[capacity];
    }

    public int Count => _count;

    public void Write(int value)
    {
        if (_count == _items.Length) throw new InvalidOperationException("full");
        _items[_tail] = value;
        _tail = (_tail + 1) % _items.Length;
        _count++;
    }

    public int Read()
    {
        if (_count == 0) throw new InvalidOperationException("empty");
        int value = _items[_head];
        _head = (_head + 1) % _items.Length;
        _count--;
        return value;
    }

    public void Overwrite(int value)
    {
        if (_count == _items.Length)
        {
            _items[_tail] = value;
            _tail = _head = (_tail + 1) % _items.Length;
            return;
        }
        Write(value);
    }

    public void Clear() => _head = _tail = 0;
}
