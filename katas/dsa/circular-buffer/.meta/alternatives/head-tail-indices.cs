namespace MlKata.Katas;

public sealed class CircularBuffer
{
    private readonly int[] _slots;
    private int _head;   // next slot to read
    private int _tail;   // next slot to write
    private int _count;  // kept explicitly: head == tail holds both when empty and when full

    public CircularBuffer(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _slots = new int[capacity];
    }

    public int Count => _count;

    private bool IsFull => _count == _slots.Length;

    public void Write(int value)
    {
        if (IsFull) throw new InvalidOperationException("Cannot write: the buffer is full.");
        Push(value);
    }

    public int Read()
    {
        if (_count == 0) throw new InvalidOperationException("Cannot read: the buffer is empty.");
        int value = _slots[_head];
        _head = Advance(_head);
        _count--;
        return value;
    }

    public void Overwrite(int value)
    {
        if (IsFull)
        {
            // Drop the oldest value to make room; the count stays at capacity.
            _head = Advance(_head);
            _count--;
        }
        Push(value);
    }

    public void Clear() => (_head, _tail, _count) = (0, 0, 0);

    private void Push(int value)
    {
        _slots[_tail] = value;
        _tail = Advance(_tail);
        _count++;
    }

    private int Advance(int index) => index + 1 == _slots.Length ? 0 : index + 1;
}
