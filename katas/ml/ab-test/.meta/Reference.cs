namespace MlKata.Katas;

public static class AbTest
{
    public static (double Z, double PValue) TwoProportionZTest(int conversionsA, int visitorsA, int conversionsB, int visitorsB)
    {
        if (visitorsA < 1) throw new ArgumentOutOfRangeException(nameof(visitorsA), visitorsA, "Each arm needs at least one visitor.");
        if (visitorsB < 1) throw new ArgumentOutOfRangeException(nameof(visitorsB), visitorsB, "Each arm needs at least one visitor.");
        if (conversionsA < 0 || conversionsA > visitorsA)
            throw new ArgumentOutOfRangeException(nameof(conversionsA), conversionsA, $"conversionsA must be between 0 and visitorsA ({visitorsA}).");
        if (conversionsB < 0 || conversionsB > visitorsB)
            throw new ArgumentOutOfRangeException(nameof(conversionsB), conversionsB, $"conversionsB must be between 0 and visitorsB ({visitorsB}).");

        // Everything in double: sums of two int counts can exceed int.MaxValue.
        double nA = visitorsA, nB = visitorsB;
        double pA = conversionsA / nA, pB = conversionsB / nB;
        double pooled = ((double)conversionsA + conversionsB) / (nA + nB);
        double se = Math.Sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
        if (se == 0) return (0.0, 1.0); // nobody or everybody converted: no evidence either way

        double z = (pB - pA) / se;
        return (z, Erfc(Math.Abs(z) / Math.Sqrt(2)));
    }

    // Complementary error function for x >= 0, accurate to about 1e-15.
    private static double Erfc(double x)
    {
        if (x < 2.0)
        {
            // erf(x) = 2/sqrt(pi) * sum_n (-1)^n x^(2n+1) / (n! (2n+1)); below 2 the terms shrink fast
            // enough that cancellation costs at most a digit.
            double x2 = x * x, power = x, sum = x;
            for (int n = 1; n < 60; n++)
            {
                power *= -x2 / n;                 // (-1)^n x^(2n+1) / n!
                double term = power / (2 * n + 1);
                sum += term;
                if (Math.Abs(term) <= 1e-17 * Math.Abs(sum)) break;
            }
            return 1.0 - 2.0 / Math.Sqrt(Math.PI) * sum;
        }

        // erfc(x) = exp(-x^2)/sqrt(pi) / F with F = x + (1/2)/(x + (2/2)/(x + (3/2)/(x + ...))),
        // evaluated front to back by the modified Lentz method; for x >= 2 it settles in < 60 terms.
        const double Tiny = 1e-300;
        double f = x, c = x, d = 0.0;
        for (int n = 1; n < 200; n++)
        {
            double a = n / 2.0;
            d = x + a * d;
            if (d == 0) d = Tiny;
            d = 1.0 / d;
            c = x + a / c;
            if (c == 0) c = Tiny;
            double delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1.0) < 1e-16) break;
        }
        return Math.Exp(-x * x) / (Math.Sqrt(Math.PI) * f);
    }
}
