// Mistake: pairs the vectors with Zip, which silently stops at the shorter one, so mismatched lengths give a plausible number instead of an error.
// Expect: none
namespace MlKata.Katas;

public static class Vectors
{
    public static double Dot(double[] a, double[] b)
    {
        NotEmpty(a, b);
        return a.Zip(b, (x, y) => x * y).Sum();
    }

    public static double Norm(double[] a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.Length == 0) throw new ArgumentException("empty", nameof(a));
        return Math.Sqrt(a.Sum(x => x * x));
    }

    public static double CosineSimilarity(double[] a, double[] b)
    {
        double dot = Dot(a, b), na = Norm(a), nb = Norm(b);
        return na == 0 || nb == 0 ? 0.0 : dot / (na * nb);
    }

    public static double EuclideanDistance(double[] a, double[] b)
    {
        NotEmpty(a, b);
        return Math.Sqrt(a.Zip(b, (x, y) => (x - y) * (x - y)).Sum());
    }

    private static void NotEmpty(double[] a, double[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0) throw new ArgumentException("empty", nameof(a));
        if (b.Length == 0) throw new ArgumentException("empty", nameof(b));
    }
}
