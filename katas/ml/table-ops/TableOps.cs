namespace MlKata.Katas;

/// <summary>Everyday table wrangling: CSV parsing, grouped sums and mean imputation. See README.md.</summary>
public static class TableOps
{
    public static List<string[]> ParseCsv(string text) =>
        throw new NotImplementedException("The table-ops kata is not implemented yet: write TableOps.ParseCsv.");

    public static Dictionary<string, double> GroupSum(IEnumerable<(string Key, double Value)> rows) =>
        throw new NotImplementedException("The table-ops kata is not implemented yet: write TableOps.GroupSum.");

    public static double?[] FillMissingWithMean(double?[] column) =>
        throw new NotImplementedException("The table-ops kata is not implemented yet: write TableOps.FillMissingWithMean.");
}
