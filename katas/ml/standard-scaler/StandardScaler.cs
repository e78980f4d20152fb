namespace MlKata.Katas;

/// <summary>Standardises features with the mean and population standard deviation learned in Fit. See README.md.</summary>
public sealed class StandardScaler
{
    public void Fit(double[][] x) =>
        throw new NotImplementedException("The standard-scaler kata is not implemented yet: write StandardScaler.Fit.");

    public double[][] Transform(double[][] x) =>
        throw new NotImplementedException("The standard-scaler kata is not implemented yet: write StandardScaler.Transform.");

    public double[] Mean =>
        throw new NotImplementedException("The standard-scaler kata is not implemented yet: write StandardScaler.Mean.");

    public double[] Scale =>
        throw new NotImplementedException("The standard-scaler kata is not implemented yet: write StandardScaler.Scale.");
}
