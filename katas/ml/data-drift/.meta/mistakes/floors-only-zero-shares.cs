// Mistake: replaces only shares that are exactly zero with 1e-4, so a tiny non-zero share such as 5e-5 escapes the floor and inflates the log term.
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
        var counts = new int[bins];
        foreach (double v in values)
            counts[Math.Clamp((int)Math.Floor((v - min) / width), 0, bins - 1)]++;
        return counts.Select(c => c == 0 ? 1e-4 : (double)c / values.Length).ToArray();
    }
}
