namespace MlKata.Katas;

public static class SlidingWindow
{
    public static int[] Max(int[] values, int window)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
            throw new ArgumentException("The values are empty; there is no window to take.", nameof(values));
        if (window < 1 || window > values.Length)
            throw new ArgumentOutOfRangeException(nameof(window), window, $"The window must be between 1 and {values.Length}, the number of values.");

        var result = new int[values.Length - window + 1];
        // A deque of indices, held in a ring of size window: their values strictly decrease
        // from front to back, and every index is inside the current window.
        var deque = new int[window];
        int front = 0, count = 0;
        for (int i = 0; i < values.Length; i++)
        {
            // The front leaves once the window has moved past it.
            if (count > 0 && deque[front] <= i - window)
            {
                front = (front + 1) % window;
                count--;
            }
            // Smaller or equal values behind i can never be a maximum again.
            while (count > 0 && values[deque[(front + count - 1) % window]] <= values[i])
                count--;
            deque[(front + count) % window] = i;
            count++;

            if (i >= window - 1)
                result[i - window + 1] = values[deque[front]];
        }
        return result;
    }
}
