// Mistake: lasso by (sub)gradient descent with α·sign(w) instead of soft-thresholding; weights hover around 0 but never become exactly 0.0, so no feature is ever dropped.
// Expect: none
namespace MlKata.Katas;

public static class RegularizedRegression
{
    public static double[] Ridge(double[][] x, double[] y, double alpha)
    {
        int d = Validate(x, y, alpha);
        // Gaussian elimination on (XᵀX + αI | Xᵀy) with partial pivoting.
        var m = new double[d][];
        for (int j = 0; j < d; j++)
        {
            m[j] = new double[d + 1];
            for (int k = 0; k < d; k++) m[j][k] = x.Sum(row => row[j] * row[k]) + (j == k ? alpha : 0);
            m[j][d] = x.Select((row, i) => row[j] * y[i]).Sum();
        }
        double scale = d == 0 ? 0 : Enumerable.Range(0, d).Max(j => Math.Abs(m[j][j]));
        for (int col = 0; col < d; col++)
        {
            int pivot = Enumerable.Range(col, d - col).MaxBy(r => Math.Abs(m[r][col]));
            if (!(Math.Abs(m[pivot][col]) > 1e-12 * scale)) throw new InvalidOperationException("singular");
            (m[col], m[pivot]) = (m[pivot], m[col]);
            for (int r = 0; r < d; r++)
            {
                if (r == col) continue;
                double f = m[r][col] / m[col][col];
                for (int k = col; k <= d; k++) m[r][k] -= f * m[col][k];
            }
        }
        return Enumerable.Range(0, d).Select(j => m[j][d] / m[j][j]).ToArray();
    }

    public static double[] Lasso(double[][] x, double[] y, double alpha, int maxIterations = 1000, double tolerance = 1e-6)
    {
        int d = Validate(x, y, alpha);
        if (maxIterations < 1) throw new ArgumentOutOfRangeException(nameof(maxIterations));
        if (!(tolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(tolerance));
        int n = x.Length;
        // Step size 1/L with L the largest column curvature bound (1/n)·Σ‖x_i‖².
        double lipschitz = x.Sum(row => row.Sum(v => v * v)) / n;
        double step = lipschitz == 0 ? 0 : 1 / lipschitz;
        var w = new double[d];
        for (int epoch = 0; epoch < maxIterations; epoch++)
        {
            var residual = Enumerable.Range(0, n).Select(i => y[i] - x[i].Zip(w, (a, b) => a * b).Sum()).ToArray();
            double largestChange = 0;
            for (int j = 0; j < d; j++)
            {
                double gradient = -x.Select((row, i) => row[j] * residual[i]).Sum() / n + alpha * Math.Sign(w[j]);
                double change = -step * gradient;
                w[j] += change;
                largestChange = Math.Max(largestChange, Math.Abs(change));
            }
            if (largestChange <= tolerance) break;
        }
        return w;
    }

    private static int Validate(double[][] x, double[] y, double alpha)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length == 0) throw new ArgumentException("empty", nameof(x));
        int d = x[0]?.Length ?? 0;
        if (x.Any(row => row is null || row.Length != d)) throw new ArgumentException("ragged", nameof(x));
        if (y.Length != x.Length) throw new ArgumentException("lengths differ", nameof(y));
        if (!(alpha >= 0) || double.IsInfinity(alpha)) throw new ArgumentOutOfRangeException(nameof(alpha));
        return d;
    }
}
