// Mistake: the covariance divides by n instead of n - 1, so every explained variance is too small by a factor (n - 1)/n.
// Expect: none
namespace MlKata.Katas;

public static class Pca
{
    public static (double[][] Components, double[] ExplainedVariance) Fit(double[][] x, int components)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length < 2) throw new ArgumentException("need two samples", nameof(x));
        int n = x.Length, d = x[0].Length;
        if (x.Any(r => r.Length != d || !r.All(double.IsFinite))) throw new ArgumentException("bad rows", nameof(x));
        if (components < 1 || components > d) throw new ArgumentOutOfRangeException(nameof(components));

        double[] mean = Enumerable.Range(0, d).Select(j => x.Average(r => r[j])).ToArray();
        double[][] centred = x.Select(r => r.Select((v, j) => v - mean[j]).ToArray()).ToArray();
        var a = new double[d, d];
        for (int j = 0; j < d; j++)
            for (int k = 0; k < d; k++)
                a[j, k] = centred.Sum(r => r[j] * r[k]) / n;

        var v = new double[d, d];
        for (int i = 0; i < d; i++) v[i, i] = 1;
        for (int sweep = 0; sweep < 60; sweep++)
            for (int p = 0; p < d - 1; p++)
                for (int q = p + 1; q < d; q++)
                {
                    double apq = a[p, q];
                    if (Math.Abs(apq) < 1e-300) continue;
                    double theta = (a[q, q] - a[p, p]) / (2 * apq);
                    double t = (theta >= 0 ? 1.0 : -1.0) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    double c = 1 / Math.Sqrt(t * t + 1), s = t * c;
                    a[p, p] -= t * apq;
                    a[q, q] += t * apq;
                    a[p, q] = a[q, p] = 0;
                    for (int r = 0; r < d; r++)
                    {
                        if (r != p && r != q)
                        {
                            double arp = a[r, p], arq = a[r, q];
                            a[r, p] = a[p, r] = c * arp - s * arq;
                            a[r, q] = a[q, r] = s * arp + c * arq;
                        }
                        double vrp = v[r, p], vrq = v[r, q];
                        v[r, p] = c * vrp - s * vrq;
                        v[r, q] = s * vrp + c * vrq;
                    }
                }

        int[] order = Enumerable.Range(0, d).OrderByDescending(i => a[i, i]).ToArray();
        var result = new double[components][];
        var variance = new double[components];
        for (int c = 0; c < components; c++)
        {
            double[] vector = Enumerable.Range(0, d).Select(j => v[j, order[c]]).ToArray();
            double largest = vector.Max(Math.Abs);
            int pivot = Array.FindIndex(vector, e => Math.Abs(e) >= largest - 1e-12);
            if (vector[pivot] < 0) vector = vector.Select(e => -e).ToArray();
            result[c] = vector;
            variance[c] = Math.Max(0, a[order[c], order[c]]);
        }
        return (result, variance);
    }
}
