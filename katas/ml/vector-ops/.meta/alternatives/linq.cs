namespace MlKata.Katas;

public static class Vectors
{
    public static double Dot(double[] a, double[] b)
    {
        RequireSameLength(a, b);
        return a.Zip(b, (left, right) => left * right).Sum();
    }

    public static double Norm(double[] a)
    {
        RequireNonEmpty(a, nameof(a));
        return Math.Sqrt(a.Sum(component => component * component));
    }

    public static double CosineSimilarity(double[] a, double[] b)
    {
        RequireSameLength(a, b);
        double lengthProduct = Norm(a) * Norm(b);
        if (lengthProduct == 0) return 0.0;
        return Math.Clamp(Dot(a, b) / lengthProduct, -1.0, 1.0);
    }

    public static double EuclideanDistance(double[] a, double[] b)
    {
        RequireSameLength(a, b);
        return Math.Sqrt(a.Zip(b, (left, right) => (left - right) * (left - right)).Sum());
    }

    private static void RequireNonEmpty(double[] vector, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(vector, parameterName);
        if (vector.Length == 0) throw new ArgumentException("The vector has no components.", parameterName);
    }

    private static void RequireSameLength(double[] a, double[] b)
    {
        RequireNonEmpty(a, nameof(a));
        RequireNonEmpty(b, nameof(b));
        if (a.Length != b.Length) throw new ArgumentException("The vectors have different lengths.", nameof(b));
    }
}
