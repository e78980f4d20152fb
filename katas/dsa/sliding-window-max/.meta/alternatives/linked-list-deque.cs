namespace MlKata.Katas;

public static class SlidingWindow
{
    public static int[] Max(int[] values, int window)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
            throw new ArgumentException("values must not be empty", nameof(values));
        if (window < 1 || window > values.Length)
            throw new ArgumentOutOfRangeException(nameof(window), window, $"window must be in 1..{values.Length}");
        if (window == 1) return (int[])values.Clone();

        var maxima = new int[values.Length - window + 1];
        // Indices of candidates, values strictly decreasing from first to last.
        var candidates = new LinkedList<int>();
        for (int index = 0; index < values.Length; index++)
        {
            while (candidates.Count > 0 && values[candidates.Last!.Value] <= values[index])
                candidates.RemoveLast();
            candidates.AddLast(index);

            int windowStart = index - window + 1;
            if (candidates.First!.Value < windowStart)
                candidates.RemoveFirst();
            if (windowStart >= 0)
                maxima[windowStart] = values[candidates.First!.Value];
        }
        return maxima;
    }
}
