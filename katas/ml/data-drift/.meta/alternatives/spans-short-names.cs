namespace MlKata.Katas;

public static class DataDrift
{
    public static double PopulationStabilityIndex(double[] expected, double[] actual, int bins)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (expected.Length == 0) throw new ArgumentException("empty", nameof(expected));
        if (actual.Length == 0) throw new ArgumentException("empty", nameof(actual));
        if (bins < 1) throw new ArgumentOutOfRangeException(nameof(bins), bins, "bins < 1");

        ReadOnlySpan<double> e = expected, a = actual;
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        foreach (double v in e)
        {
            if (double.IsNaN(v) || double.IsInfinity(v)) throw new ArgumentException("non-finite expected value", nameof(expected));
            lo = Math.Min(lo, v);
            hi = Math.Max(hi, v);
        }
        if (hi == lo) throw new ArgumentException("constant expected", nameof(expected));
        foreach (double v in a)
            if (double.IsNaN(v)) throw new ArgumentException("NaN in actual", nameof(actual));

        double w = (hi - lo) / bins;
        var ce = Count(e);
        var ca = Count(a);
        double psi = 0;
        for (int b = 0; b < bins; b++)
        {
            double p = Math.Max(ce[b] / (double)e.Length, 1e-4);
            double q = Math.Max(ca[b] / (double)a.Length, 1e-4);
            psi += (q - p) * Math.Log(q / p);
        }
        return psi;

        int[] Count(ReadOnlySpan<double> vs)
        {
            var c = new int[bins];
            foreach (double v in vs)
            {
                double f = Math.Floor((v - lo) / w);
                int b = f < 0 ? 0 : f > bins - 1 ? bins - 1 : (int)f; // interior edges go up, max goes last
                c[b]++;
            }
            return c;
        }
    }
}
