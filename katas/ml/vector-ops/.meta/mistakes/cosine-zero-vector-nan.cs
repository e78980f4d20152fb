// Mistake: no zero-vector check in CosineSimilarity: 0 / (0 * x) is NaN, which then poisons any ranking or average it enters.
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

    public static double CosineSimilarity(double[] a, double[] b) => Dot(a, b) / (Norm(a) * Norm(b));

    public static double EuclideanDistance(double[] a, double[] b)
    {
        Validate(a, b);
        double sum = 0;
        for (int i = 0; i < a.Length; i++) sum += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.Sqrt(sum);
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
