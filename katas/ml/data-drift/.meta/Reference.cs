namespace MlKata.Katas;

public static class DataDrift
{
    private const double MinShare = 1e-4;

    public static double PopulationStabilityIndex(double[] expected, double[] actual, int bins)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (expected.Length == 0) throw new ArgumentException("expected is empty; there is no reference distribution to compare with.", nameof(expected));
        if (actual.Length == 0) throw new ArgumentException("actual is empty; there is no live distribution to compare.", nameof(actual));
        if (bins < 1) throw new ArgumentOutOfRangeException(nameof(bins), bins, "At least one bin is needed.");

        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (int i = 0; i < expected.Length; i++)
        {
            double v = expected[i];
            if (!double.IsFinite(v)) throw new ArgumentException($"expected[{i}] is {v}; reference values must be finite.", nameof(expected));
            if (v < min) min = v;
            if (v > max) max = v;
        }
        if (!(max > min))
            throw new ArgumentException($"Every expected value is {min}; equal-width bins need a range.", nameof(expected));
        for (int i = 0; i < actual.Length; i++)
            if (double.IsNaN(actual[i])) throw new ArgumentException($"actual[{i}] is NaN.", nameof(actual));

        double width = (max - min) / bins;
        double[] e = Shares(expected, min, width, bins);
        double[] a = Shares(actual, min, width, bins);

        double psi = 0.0;
        for (int b = 0; b < bins; b++)
            psi += (a[b] - e[b]) * Math.Log(a[b] / e[b]);
        return psi;
    }

    // Share of values per bin, floored at MinShare. Bin = floor((v - min) / width), clamped, so an
    // interior edge goes up, the maximum goes to the last bin and outliers to the end bins.
    private static double[] Shares(double[] values, double min, double width, int bins)
    {
        var counts = new int[bins];
        foreach (double v in values)
        {
            double position = Math.Floor((v - min) / width);
            int bin = position < 0 ? 0 : position >= bins ? bins - 1 : (int)position;
            counts[bin]++;
        }
        var shares = new double[bins];
        for (int b = 0; b < bins; b++)
            shares[b] = Math.Max((double)counts[b] / values.Length, MinShare);
        return shares;
    }
}
