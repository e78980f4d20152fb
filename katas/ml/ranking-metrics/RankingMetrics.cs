namespace MlKata.Katas;

/// <summary>Quality metrics for one ranked list, best first. See README.md.</summary>
public static class RankingMetrics
{
    public static double DcgAtK(double[] relevance, int k) =>
        throw new NotImplementedException("The ranking-metrics kata is not implemented yet: write RankingMetrics.DcgAtK.");

    public static double NdcgAtK(double[] relevance, int k) =>
        throw new NotImplementedException("The ranking-metrics kata is not implemented yet: write RankingMetrics.NdcgAtK.");

    public static double PrecisionAtK(bool[] relevant, int k) =>
        throw new NotImplementedException("The ranking-metrics kata is not implemented yet: write RankingMetrics.PrecisionAtK.");

    public static double ReciprocalRank(bool[] relevant) =>
        throw new NotImplementedException("The ranking-metrics kata is not implemented yet: write RankingMetrics.ReciprocalRank.");

    public static double AveragePrecision(bool[] relevant) =>
        throw new NotImplementedException("The ranking-metrics kata is not implemented yet: write RankingMetrics.AveragePrecision.");
}
