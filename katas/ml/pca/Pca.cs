namespace MlKata.Katas;

/// <summary>Principal component analysis of a data matrix. See README.md.</summary>
public static class Pca
{
    public static (double[][] Components, double[] ExplainedVariance) Fit(double[][] x, int components) =>
        throw new NotImplementedException("The pca kata is not implemented yet: write Pca.Fit.");
}
