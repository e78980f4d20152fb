// Mistake: sorts the caller's expected array in place to read its min and max, silently reordering the reference data.
// Expect: MLK1409
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
        Array.Sort(expected);
        double min = expected[0], max = expected[^1];
        if (max == min) throw new ArgumentException("constant", nameof(expected));
        double width = (max - min) / bins;
        double[] e = Shares(expected, min, width, bins), a = Shares(actual, min, width, bins);
        double psi = 0;
        for (int b = 0; b < bins; b++) psi += (a[b] - e[b]) * Math.Log(a[b] / e[b]);
        return psi;
    }

    private static double[] Shares(double[] values, double min, double width, int bins)
    {
        var counts = new int[bins];
        foreach (double v in values)
            counts[Math.Clamp((int)Math.Floor((v - min) / width), 0, bins - 1)]++;
        return counts.Select(c => Math.Max((double)c / values.Length, 1e-4)).ToArray();
    }
}
