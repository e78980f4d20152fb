// Mistake: divides the running sum by the number of values seen so far instead of by the window, so every average after the first is too small.
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
        double sum = 0;
        for (int i = 0; i < values.Length; i++)
        {
            sum += values[i];
            if (i >= window) sum -= values[i - window];
            if (i >= window - 1) result[i - window + 1] = sum / (i + 1);
        }
        return result;
    }
}
