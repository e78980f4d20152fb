namespace MlKata.Katas;

public static class AbTest
{
    public static (double Z, double PValue) TwoProportionZTest(int conversionsA, int visitorsA, int conversionsB, int visitorsB)
    {
        if (visitorsA < 1) throw new ArgumentOutOfRangeException(nameof(visitorsA), visitorsA, "Arm A needs at least one visitor.");
        if (visitorsB < 1) throw new ArgumentOutOfRangeException(nameof(visitorsB), visitorsB, "Arm B needs at least one visitor.");
        if (conversionsA is < 0 || conversionsA > visitorsA)
            throw new ArgumentOutOfRangeException(nameof(conversionsA), conversionsA, "Conversions in A must lie between 0 and its visitors.");
        if (conversionsB is < 0 || conversionsB > visitorsB)
            throw new ArgumentOutOfRangeException(nameof(conversionsB), conversionsB, "Conversions in B must lie between 0 and its visitors.");

        double rateA = (double)conversionsA / visitorsA;
        double rateB = (double)conversionsB / visitorsB;
        double pooledRate = ((double)conversionsA + conversionsB) / ((double)visitorsA + visitorsB);
        double standardError = Math.Sqrt(pooledRate * (1 - pooledRate) * (1.0 / visitorsA + 1.0 / visitorsB));
        if (standardError == 0) return (0.0, 1.0);

        double zScore = (rateB - rateA) / standardError;
        double twoSidedP = 2 * UpperTailProbability(Math.Abs(zScore));
        return (zScore, Math.Min(1.0, twoSidedP));
    }

    // P(Z > a) for a standard normal Z and a ≥ 0: Simpson's rule on the density over [a, a + 12];
    // the mass beyond a + 12 is below 1e-32.
    private static double UpperTailProbability(double a)
    {
        const int Intervals = 24_000; // even; step 0.0005
        const double Width = 12.0;
        double step = Width / Intervals;
        double weightedSum = Density(a) + Density(a + Width);
        for (int index = 1; index < Intervals; index++)
            weightedSum += (index % 2 == 1 ? 4 : 2) * Density(a + index * step);
        return weightedSum * step / 3;

        static double Density(double t) => Math.Exp(-0.5 * t * t) / Math.Sqrt(2 * Math.PI);
    }
}
