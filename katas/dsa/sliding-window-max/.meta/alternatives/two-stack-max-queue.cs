namespace MlKata.Katas;

public static class SlidingWindow
{
    // A FIFO queue built from two stacks, each entry carrying the maximum of its stack up to it.
    // Every value is pushed and moved at most once, so each step is amortised O(1); the
    // queue never holds more than window values.
    public static int[] Max(int[] values, int window)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) throw new ArgumentException("There are no values.", nameof(values));
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(window, values.Length);

        var back = new Stack<(int Value, int Max)>(window);
        var front = new Stack<(int Value, int Max)>(window);

        void Enqueue(int v) => back.Push((v, back.Count == 0 ? v : Math.Max(v, back.Peek().Max)));

        void Dequeue()
        {
            if (front.Count == 0)
            {
                while (back.Count > 0)
                {
                    int v = back.Pop().Value;
                    front.Push((v, front.Count == 0 ? v : Math.Max(v, front.Peek().Max)));
                }
            }
            front.Pop();
        }

        int CurrentMax() => (front.Count, back.Count) switch
        {
            (0, _) => back.Peek().Max,
            (_, 0) => front.Peek().Max,
            _ => Math.Max(front.Peek().Max, back.Peek().Max),
        };

        var result = new int[values.Length - window + 1];
        for (int i = 0; i < values.Length; i++)
        {
            Enqueue(values[i]);
            if (i >= window) Dequeue();
            if (i >= window - 1) result[i - window + 1] = CurrentMax();
        }
        return result;
    }
}
