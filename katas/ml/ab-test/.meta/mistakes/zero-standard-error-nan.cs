// Mistake: divides by the standard error without checking it, so an arm pair where nobody (or everybody) converted returns Z = NaN instead of (0, 1).
// Expect: none
namespace MlKata.Katas;

public static class AbTest
{
    public static (double Z, double PValue) TwoProportionZTest(int conversionsA, int visitorsA, int conversionsB, int visitorsB)
    {
        if (visitorsA < 1) throw new ArgumentOutOfRangeException(nameof(visitorsA));
        if (visitorsB < 1) throw new ArgumentOutOfRangeException(nameof(visitorsB));
        if (conversionsA < 0 || conversionsA > visitorsA) throw new ArgumentOutOfRangeException(nameof(conversionsA));
        if (conversionsB < 0 || conversionsB > visitorsB) throw new ArgumentOutOfRangeException(nameof(conversionsB));
        double nA = visitorsA, nB = visitorsB;
        double pA = conversionsA / nA, pB = conversionsB / nB;
        double pooled = ((double)conversionsA + conversionsB) / (nA + nB);
        double se = Math.Sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
        double z = (pB - pA) / se;
        return (z, Erfc(Math.Abs(z) / Math.Sqrt(2)));
    }

    private static double Erfc(double x)
    {
        if (!(x < 2.0)) 
        {
            double f = 0;
            for (int n = 80; n >= 1; n--) f = n / 2.0 / (x + f);
            return Math.Exp(-x * x) / (Math.Sqrt(Math.PI) * (x + f));
        }
        double x2 = x * x, power = x, sum = x;
        for (int n = 1; n < 60; n++)
        {
            power *= -x2 / n;
            sum += power / (2 * n + 1);
        }
        return 1.0 - 2.0 / Math.Sqrt(Math.PI) * sum;
    }
}
