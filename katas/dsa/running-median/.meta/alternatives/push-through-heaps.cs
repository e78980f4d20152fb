namespace MlKata.Katas;

public sealed class RunningMedian
{
    private readonly PriorityQueue<int, int> low = new(Comparer<int>.Create((x, y) => y.CompareTo(x))); // max-heap
    private readonly PriorityQueue<int, int> high = new();                                              // min-heap

    // Every value passes through the lower heap, so its largest lands in the upper heap;
    // then the upper heap gives one back if it got bigger. low.Count is high.Count or one more.
    public void Add(int value)
    {
        low.Enqueue(value, value);
        int top = low.Dequeue();
        high.Enqueue(top, top);
        if (high.Count > low.Count)
        {
            int least = high.Dequeue();
            low.Enqueue(least, least);
        }
    }

    public double Median => (low.Count - high.Count) switch
    {
        _ when low.Count == 0 => throw new InvalidOperationException("no values added yet"),
        1 => low.Peek(),
        _ => ((double)low.Peek() + high.Peek()) / 2, // in double: an int sum could overflow
    };
}
