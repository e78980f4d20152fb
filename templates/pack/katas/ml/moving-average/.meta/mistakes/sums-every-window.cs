// Mistake: sums every window from scratch, O(n · window) instead of O(n) with a running sum.
// Expect: none
namespace MlKata.Katas;

public static class MovingAverage
{
    public static double[] Simple(double[] values, int window)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) throw new ArgumentException("The series is empty.", nameof(values));
        if (window < 1 || window > values.Length) throw new ArgumentOutOfRangeException(nameof(window));

        var result = new double[values.Length - window + 1];
        for (int start = 0; start < result.Length; start++)
        {
            double sum = 0;
            for (int i = start; i < start + window; i++) sum += values[i];
            result[start] = sum / window;
        }
        return result;
    }
}
