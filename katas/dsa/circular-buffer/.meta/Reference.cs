namespace MlKata.Katas;

public sealed class CircularBuffer
{
    private readonly int[] _items;
    private int _oldest; // index of the oldest value
    private int _count;

    public CircularBuffer(int capacity)
    {
        if (capacity < 1)
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be at least 1.");
        _items = new int[capacity];
    }

    public int Count => _count;

    public void Write(int value)
    {
        if (_count == _items.Length)
            throw new InvalidOperationException($"The buffer is full ({_count} values); read first, or use Overwrite.");
        _items[(_oldest + _count) % _items.Length] = value;
        _count++;
    }

    public int Read()
    {
        if (_count == 0)
            throw new InvalidOperationException("The buffer is empty.");
        int value = _items[_oldest];
        _oldest = (_oldest + 1) % _items.Length;
        _count--;
        return value;
    }

    public void Overwrite(int value)
    {
        if (_count < _items.Length)
        {
            Write(value);
            return;
        }
        // Full: the oldest slot is also the next write slot. Replace it and move on.
        _items[_oldest] = value;
        _oldest = (_oldest + 1) % _items.Length;
    }

    public void Clear()
    {
        _oldest = 0;
        _count = 0;
    }
}
