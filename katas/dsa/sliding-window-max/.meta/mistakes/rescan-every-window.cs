// Mistake: rescans each window for its maximum, O(n * window); with large windows that is billions of steps.
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
        for (int start = 0; start < result.Length; start++)
        {
            int max = values[start];
            for (int j = start + 1; j < start + window; j++)
                if (values[j] > max) max = values[j];
            result[start] = max;
        }
        return result;
    }
}
