// Mistake: the front index is evicted only when it is < i - window instead of <= i - window, so a maximum stays one step after it has left the window.
// Expect: none
namespace MlKata.Katas;

public static class SlidingWindow
{
    public static int[] Max(int[] values, int window)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) throw new ArgumentException("empty", nameof(values));
        if (window < 1 || window > values.Length) throw new ArgumentOutOfRangeException(nameof(window));

        var result = new int[values.Length - window + 1];
        var deque = new LinkedList<int>();
        for (int i = 0; i < values.Length; i++)
        {
            if (deque.Count > 0 && deque.First!.Value < i - window) deque.RemoveFirst();
            while (deque.Count > 0 && values[deque.Last!.Value] <= values[i]) deque.RemoveLast();
            deque.AddLast(i);
            if (i >= window - 1) result[i - window + 1] = values[deque.First!.Value];
        }
        return result;
    }
}
