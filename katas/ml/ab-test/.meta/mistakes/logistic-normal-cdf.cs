// Mistake: approximates the normal CDF with the logistic curve 1/(1 + exp(-1.702 z)), which is off by up to 0.01 and far worse in relative terms in the tails.
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
        if (se == 0) return (0.0, 1.0);
        double z = (pB - pA) / se;
        double phi = 1.0 / (1.0 + Math.Exp(-1.702 * Math.Abs(z)));
        return (z, 2 * (1 - phi));
    }
}
