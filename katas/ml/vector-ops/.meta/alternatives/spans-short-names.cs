namespace MlKata.Katas;

public static class Vectors
{
    public static double Dot(double[] a, double[] b)
    {
        var (x, y) = Pair(a, b);
        double s = 0;
        for (int i = 0; i < x.Length; i++) s += x[i] * y[i];
        return s;
    }

    public static double Norm(double[] a)
    {
        ReadOnlySpan<double> x = One(a, nameof(a));
        double ss = 0;
        foreach (double v in x) ss += v * v;
        return Math.Sqrt(ss);
    }

    public static double CosineSimilarity(double[] a, double[] b)
    {
        var (x, y) = Pair(a, b);
        double xy = 0, xx = 0, yy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            xy += x[i] * y[i];
            xx += x[i] * x[i];
            yy += y[i] * y[i];
        }
        if (xx == 0 || yy == 0) return 0.0;
        double c = xy / Math.Sqrt(xx * yy);
        return c > 1 ? 1 : c < -1 ? -1 : c;
    }

    public static double EuclideanDistance(double[] a, double[] b)
    {
        var (x, y) = Pair(a, b);
        double ss = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double d = x[i] - y[i];
            ss += d * d;
        }
        return Math.Sqrt(ss);
    }

    private static double[] One(double[] v, string name)
    {
        if (v is null) throw new ArgumentNullException(name);
        if (v.Length == 0) throw new ArgumentException("empty vector", name);
        return v;
    }

    private static (double[] x, double[] y) Pair(double[] a, double[] b)
    {
        One(a, nameof(a));
        One(b, nameof(b));
        if (a.Length != b.Length) throw new ArgumentException($"length {b.Length} != {a.Length}", nameof(b));
        return (a, b);
    }
}
