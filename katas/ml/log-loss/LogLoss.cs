namespace MlKata.Katas;

/// <summary>Mean negative log-likelihood of probability forecasts. See README.md.</summary>
public static class LogLoss
{
    public static double Binary(int[] yTrue, double[] probabilityOfOne) =>
        throw new NotImplementedException("The log-loss kata is not implemented yet: write LogLoss.Binary.");

    public static double Categorical(int[] yTrue, double[][] probabilities) =>
        throw new NotImplementedException("The log-loss kata is not implemented yet: write LogLoss.Categorical.");
}
