// Mistake: skips bins where either share is zero instead of flooring the share at 1e-4, so a bin the live data abandoned entirely adds no drift at all.
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
        for (int b = 0; b < bins; b++)
        {
            if (a[b] == 0 || e[b] == 0) continue;
            psi += (a[b] - e[b]) * Math.Log(a[b] / e[b]);
        }
        return psi;
    }

    private static double[] Shares(double[] values, double min, double width, int bins)
    {
        var shares = new double[bins];
        foreach (double v in values)
            shares[Math.Clamp((int)Math.Floor((v - min) / width), 0, bins - 1)] += 1.0 / values.Length;
        return shares;
    }
}
