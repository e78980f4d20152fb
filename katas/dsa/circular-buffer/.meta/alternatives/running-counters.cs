namespace MlKata.Katas;

// Two ever-growing counters instead of wrapped indices: w values written and r read so far.
// The buffer holds w - r values, and the value number i lives in slot i % n.
public sealed class CircularBuffer
{
    private readonly int[] buf;
    private readonly int n;
    private long w, r;

    public CircularBuffer(int capacity)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity must be >= 1");
        n = capacity;
        buf = new int[n];
    }

    public int Count => (int)(w - r);

    public void Write(int value)
    {
        if (w - r == n) throw new InvalidOperationException("buffer is full");
        buf[w++ % n] = value;
    }

    public int Read()
    {
        if (w == r) throw new InvalidOperationException("buffer is empty");
        return buf[r++ % n];
    }

    public void Overwrite(int value)
    {
        if (w - r == n) r++; // forget the oldest
        buf[w++ % n] = value;
    }

    public void Clear() => r = w;
}
