// Mistake: counts live values only inside [min, max] of the reference, like a histogram with fixed edges, so outliers (the very drift to detect) vanish.
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
        double[] e = Shares(expected, min, max, width, bins), a = Shares(actual, min, max, width, bins);
        double psi = 0;
        for (int b = 0; b < bins; b++) psi += (a[b] - e[b]) * Math.Log(a[b] / e[b]);
        return psi;
    }

    private static double[] Shares(double[] values, double min, double max, double width, int bins)
    {
        var counts = new int[bins];
        int inRange = 0;
        foreach (double v in values)
        {
            if (v < min || v > max) continue;
            counts[Math.Min((int)Math.Floor((v - min) / width), bins - 1)]++;
            inRange++;
        }
        return counts.Select(c => Math.Max(inRange == 0 ? 0.0 : (double)c / inRange, 1e-4)).ToArray();
    }
}
