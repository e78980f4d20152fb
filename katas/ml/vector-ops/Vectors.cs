namespace MlKata.Katas;

/// <summary>Basic operations on vectors stored as double[]. See README.md.</summary>
public static class Vectors
{
    public static double Dot(double[] a, double[] b) =>
        throw new NotImplementedException("The vector-ops kata is not implemented yet: write Vectors.Dot.");

    public static double Norm(double[] a) =>
        throw new NotImplementedException("The vector-ops kata is not implemented yet: write Vectors.Norm.");

    public static double CosineSimilarity(double[] a, double[] b) =>
        throw new NotImplementedException("The vector-ops kata is not implemented yet: write Vectors.CosineSimilarity.");

    public static double EuclideanDistance(double[] a, double[] b) =>
        throw new NotImplementedException("The vector-ops kata is not implemented yet: write Vectors.EuclideanDistance.");
}
