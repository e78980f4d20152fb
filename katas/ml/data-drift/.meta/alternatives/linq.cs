namespace MlKata.Katas;

public static class DataDrift
{
    private const double ShareFloor = 1e-4;

    public static double PopulationStabilityIndex(double[] expected, double[] actual, int bins)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (expected.Length == 0) throw new ArgumentException("expected has no values.", nameof(expected));
        if (actual.Length == 0) throw new ArgumentException("actual has no values.", nameof(actual));
        if (bins < 1) throw new ArgumentOutOfRangeException(nameof(bins), bins, "Use at least one bin.");
        if (!expected.All(double.IsFinite)) throw new ArgumentException("expected values must be finite.", nameof(expected));
        double lowest = expected.Min(), highest = expected.Max();
        if (lowest == highest) throw new ArgumentException("expected is constant, so the bins have no width.", nameof(expected));
        if (actual.Any(double.IsNaN)) throw new ArgumentException("actual contains NaN.", nameof(actual));

        double binWidth = (highest - lowest) / bins;
        int BinOf(double value) => (int)Math.Clamp(Math.Floor((value - lowest) / binWidth), 0, bins - 1);
        double[] Shares(double[] values)
        {
            var countByBin = values.GroupBy(BinOf).ToDictionary(group => group.Key, group => group.Count());
            return Enumerable.Range(0, bins)
                .Select(bin => Math.Max(countByBin.GetValueOrDefault(bin) / (double)values.Length, ShareFloor))
                .ToArray();
        }

        return Shares(expected).Zip(Shares(actual), (e, a) => (a - e) * Math.Log(a / e)).Sum();
    }
}
