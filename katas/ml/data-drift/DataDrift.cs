namespace MlKata.Katas;

/// <summary>Distribution drift between training-time and serving-time data. See README.md.</summary>
public static class DataDrift
{
    public static double PopulationStabilityIndex(double[] expected, double[] actual, int bins) =>
        throw new NotImplementedException("The data-drift kata is not implemented yet: write DataDrift.PopulationStabilityIndex.");
}
