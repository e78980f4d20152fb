// Mistake: stops one window early (n - window averages instead of n - window + 1), so the last full window is missing.
// Expect: none
namespace MlKata.Katas;

public static class MovingAverage
{
    public static double[] Simple(double[] values, int window)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) throw new ArgumentException("The series is empty.", nameof(values));
        if (window < 1 || window > values.Length) throw new ArgumentOutOfRangeException(nameof(window));

        var result = new double[Math.Max(values.Length - window, 0)];
        for (int start = 0; start < result.Length; start++)
        {
            double sum = 0;
            for (int i = start; i < start + window; i++) sum += values[i];
            result[start] = sum / window;
        }
        return result;
    }
}
