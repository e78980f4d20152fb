// Mistake: distance as sqrt(|a|^2 + |b|^2 - 2 a.b): the identity is exact on paper, but for nearby vectors far from the origin the large terms cancel and rounding leaves 0 (or a negative, so NaN).
// Expect: none
namespace MlKata.Katas;

public static class Vectors
{
    public static double Dot(double[] a, double[] b)
    {
        Validate(a, b);
        double sum = 0;
        for (int i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    public static double Norm(double[] a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.Length == 0) throw new ArgumentException("empty", nameof(a));
        double sum = 0;
        foreach (double x in a) sum += x * x;
        return Math.Sqrt(sum);
    }

    public static double CosineSimilarity(double[] a, double[] b)
    {
        double dot = Dot(a, b), na = Norm(a), nb = Norm(b);
        return na == 0 || nb == 0 ? 0.0 : dot / (na * nb);
    }

    public static double EuclideanDistance(double[] a, double[] b)
    {
        double dot = Dot(a, b), aa = Dot(a, a), bb = Dot(b, b);
        return Math.Sqrt(Math.Max(0.0, aa + bb - 2 * dot));
    }

    private static void Validate(double[] a, double[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0) throw new ArgumentException("empty", nameof(a));
        if (b.Length == 0) throw new ArgumentException("empty", nameof(b));
        if (a.Length != b.Length) throw new ArgumentException("lengths differ", nameof(b));
    }
}
