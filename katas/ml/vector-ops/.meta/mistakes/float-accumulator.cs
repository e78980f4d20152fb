// Mistake: Dot and Norm add up in float, as tensor code on a GPU often does, so every term is rounded to about 7 significant digits and the results miss the kata's 1e-9 tolerance.
// Expect: MLK1105
namespace MlKata.Katas;

public static class Vectors
{
    public static double Dot(double[] a, double[] b)
    {
        ValidatePair(a, b);
        float sum = 0;
        for (int i = 0; i < a.Length; i++) sum += (float)(a[i] * b[i]);
        return sum;
    }

    public static double Norm(double[] a)
    {
        ValidateOne(a, nameof(a));
        float sum = 0;
        foreach (double x in a) sum += (float)(x * x);
        return Math.Sqrt(sum);
    }

    public static double CosineSimilarity(double[] a, double[] b)
    {
        ValidatePair(a, b);
        double dot = 0, aa = 0, bb = 0;
        for (int i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        if (aa == 0 || bb == 0) return 0.0;
        double cosine = dot / (Math.Sqrt(aa) * Math.Sqrt(bb));
        return Math.Clamp(cosine, -1.0, 1.0);
    }

    public static double EuclideanDistance(double[] a, double[] b)
    {
        ValidatePair(a, b);
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return Math.Sqrt(sum);
    }

    private static void ValidateOne(double[] v, string name)
    {
        ArgumentNullException.ThrowIfNull(v, name);
        if (v.Length == 0) throw new ArgumentException("The vector is empty.", name);
    }

    private static void ValidatePair(double[] a, double[] b)
    {
        ValidateOne(a, nameof(a));
        ValidateOne(b, nameof(b));
        if (b.Length != a.Length)
            throw new ArgumentException($"b has {b.Length} entries but a has {a.Length}.", nameof(b));
    }
}
