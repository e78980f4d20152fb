namespace MlKata.Katas;

/// <summary>k-means clustering by Lloyd's algorithm from given initial centroids. See README.md.</summary>
public sealed class KMeans
{
    public KMeans(int k, int maxIterations = 300, double tolerance = 1e-4) =>
        throw new NotImplementedException("The kmeans kata is not implemented yet: write KMeans.KMeans.");

    public int[] Fit(double[][] x, double[][] initialCentroids) =>
        throw new NotImplementedException("The kmeans kata is not implemented yet: write KMeans.Fit.");

    public double[][] Centroids =>
        throw new NotImplementedException("The kmeans kata is not implemented yet: write KMeans.Centroids.");

    public double Inertia =>
        throw new NotImplementedException("The kmeans kata is not implemented yet: write KMeans.Inertia.");

    public int Iterations =>
        throw new NotImplementedException("The kmeans kata is not implemented yet: write KMeans.Iterations.");
}
