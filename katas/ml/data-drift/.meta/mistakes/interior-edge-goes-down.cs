// Mistake: walks the bin edges with v <= upper edge, so a value exactly on an interior edge lands in the lower bin instead of the upper one.
// Expect: none
namespace MlKata.Katas;

public static class DataDrift
{
    public static double PopulationStabilityIndex(double[] expected, double[] actual, int bins)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (expected.Length == 0) throw new ArgumentException("empty", nameof(expected));
        if (actual.Length == 0) throw new ArgumentException("empty", nameof(actual));
        if (bins < 1) throw new ArgumentOutOfRangeException(nameof(bins));
        double min = expected.Min(), max = expected.Max();
        if (max == min) throw new ArgumentException("constant", nameof(expected));
        double width = (max - min) / bins;
        double[] e = Shares(expected, min, width, bins), a = Shares(actual, min, width, bins);
        double psi = 0;
        for (int b = 0; b < bins; b++) psi += (a[b] - e[b]) * Math.Log(a[b] / e[b]);
        return psi;
    }

    private static double[] Shares(double[] values, double min, double width, int bins)
    {
        var counts = new double[bins];
        foreach (double v in values)
        {
            int bin = bins - 1;
            for (int b = 0; b < bins - 1; b++)
                if (v <= min + (b + 1) * width) { bin = b; break; }
            counts[bin]++;
        }
        return counts.Select(c => Math.Max(c / values.Length, 1e-4)).ToArray();
    }
}
