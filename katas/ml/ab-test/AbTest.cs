namespace MlKata.Katas;

/// <summary>Significance testing for an A/B experiment on conversion rates. See README.md.</summary>
public static class AbTest
{
    public static (double Z, double PValue) TwoProportionZTest(int conversionsA, int visitorsA, int conversionsB, int visitorsB) =>
        throw new NotImplementedException("The ab-test kata is not implemented yet: write AbTest.TwoProportionZTest.");
}
