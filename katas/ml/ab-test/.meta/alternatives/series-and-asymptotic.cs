namespace MlKata.Katas;

public static class AbTest
{
    public static (double Z, double PValue) TwoProportionZTest(int conversionsA, int visitorsA, int conversionsB, int visitorsB)
    {
        if (visitorsA < 1) throw new ArgumentOutOfRangeException(nameof(visitorsA), visitorsA, "need >= 1 visitor");
        if (visitorsB < 1) throw new ArgumentOutOfRangeException(nameof(visitorsB), visitorsB, "need >= 1 visitor");
        if (conversionsA < 0 || conversionsA > visitorsA) throw new ArgumentOutOfRangeException(nameof(conversionsA), conversionsA, "need 0..visitorsA");
        if (conversionsB < 0 || conversionsB > visitorsB) throw new ArgumentOutOfRangeException(nameof(conversionsB), conversionsB, "need 0..visitorsB");

        long x = (long)conversionsA + conversionsB, n = (long)visitorsA + visitorsB; // no int overflow
        double pa = (double)conversionsA / visitorsA, pb = (double)conversionsB / visitorsB;
        double p = (double)x / n;
        double se = Math.Sqrt(p * (1 - p) * (1.0 / visitorsA + 1.0 / visitorsB));
        if (se == 0) return (0.0, 1.0);
        double z = (pb - pa) / se;
        return (z, Erfc(Math.Abs(z) / Math.Sqrt(2)));
    }

    // erfc(x) for x >= 0.
    private static double Erfc(double x)
    {
        if (x < 6)
        {
            // erf(x) = 2/√π · e^{−x²} · Σ_n 2ⁿ x^{2n+1} / (1·3·5···(2n+1)): every term is positive,
            // so nothing cancels inside the sum.
            double t = x, s = x;
            for (int n = 0; n < 500 && t > 1e-17 * s; n++)
            {
                t *= 2 * x * x / (2 * n + 3);
                s += t;
            }
            double erf = 2 / Math.Sqrt(Math.PI) * Math.Exp(-x * x) * s;
            return Math.Max(0.0, 1 - erf);
        }
        // Asymptotic: erfc(x) ≈ e^{−x²}/(x√π) · (1 − 1/(2x²) + 3/(4x⁴) − 15/(8x⁶)); beyond 6 this is < 1e-17.
        double y = 1 / (2 * x * x);
        double series = 1 - y + 3 * y * y - 15 * y * y * y;
        return Math.Exp(-x * x) / (x * Math.Sqrt(Math.PI)) * series;
    }
}
