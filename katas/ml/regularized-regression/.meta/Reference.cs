namespace MlKata.Katas;

public static class RegularizedRegression
{
    /// <summary>Minimises ‖y − Xw‖² + α‖w‖² by solving (XᵀX + αI)·w = Xᵀy with a Cholesky factorisation.</summary>
    public static double[] Ridge(double[][] x, double[] y, double alpha)
    {
        int d = Validate(x, y, alpha);
        int n = x.Length;

        // The normal equations: a = XᵀX + αI (symmetric, so only the lower triangle is built), b = Xᵀy.
        var a = new double[d, d];
        var b = new double[d];
        for (int i = 0; i < n; i++)
        {
            double[] row = x[i];
            for (int j = 0; j < d; j++)
            {
                b[j] += row[j] * y[i];
                for (int k = 0; k <= j; k++) a[j, k] += row[j] * row[k];
            }
        }
        double scale = 0;
        for (int j = 0; j < d; j++)
        {
            a[j, j] += alpha;
            scale = Math.Max(scale, a[j, j]);
        }

        // Cholesky a = L·Lᵀ in place (L in the lower triangle). A pivot that is not clearly
        // positive relative to the largest diagonal entry means the system is singular.
        for (int j = 0; j < d; j++)
        {
            double pivot = a[j, j];
            for (int k = 0; k < j; k++) pivot -= a[j, k] * a[j, k];
            if (!(pivot > 1e-12 * scale))
                throw new InvalidOperationException(
                    "XᵀX + αI is singular (linearly dependent or all-zero features with alpha = 0); use alpha > 0.");
            double diagonal = Math.Sqrt(pivot);
            a[j, j] = diagonal;
            for (int i = j + 1; i < d; i++)
            {
                double value = a[i, j];
                for (int k = 0; k < j; k++) value -= a[i, k] * a[j, k];
                a[i, j] = value / diagonal;
            }
        }

        // Forward substitution L·z = b, then back substitution Lᵀ·w = z.
        var w = new double[d];
        for (int j = 0; j < d; j++)
        {
            double value = b[j];
            for (int k = 0; k < j; k++) value -= a[j, k] * w[k];
            w[j] = value / a[j, j];
        }
        for (int j = d - 1; j >= 0; j--)
        {
            double value = w[j];
            for (int k = j + 1; k < d; k++) value -= a[k, j] * w[k];
            w[j] = value / a[j, j];
        }
        return w;
    }

    /// <summary>Minimises (1/(2n))‖y − Xw‖² + α‖w‖₁ by cyclic coordinate descent with soft-thresholding.</summary>
    public static double[] Lasso(double[][] x, double[] y, double alpha, int maxIterations = 1000, double tolerance = 1e-6)
    {
        int d = Validate(x, y, alpha);
        if (maxIterations < 1)
            throw new ArgumentOutOfRangeException(nameof(maxIterations), maxIterations, "At least one sweep is needed.");
        if (!(tolerance >= 0))
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be a number ≥ 0.");
        int n = x.Length;

        // z_j = (1/n)·Σ x_ij², the curvature of the loss along coordinate j.
        var z = new double[d];
        foreach (double[] row in x)
            for (int j = 0; j < d; j++) z[j] += row[j] * row[j];
        for (int j = 0; j < d; j++) z[j] /= n;

        var w = new double[d];
        var residual = (double[])y.Clone(); // r = y − Xw, kept current as weights change
        for (int sweep = 0; sweep < maxIterations; sweep++)
        {
            double largestChange = 0;
            for (int j = 0; j < d; j++)
            {
                if (z[j] == 0) continue; // an all-zero feature keeps weight 0

                // ρ_j = (1/n)·Σ x_ij·(r_i + x_ij·w_j): the correlation with the residual without feature j.
                double rho = 0;
                for (int i = 0; i < n; i++) rho += x[i][j] * residual[i];
                rho = rho / n + z[j] * w[j];

                double updated = SoftThreshold(rho, alpha) / z[j];
                double change = updated - w[j];
                if (change == 0) continue;
                for (int i = 0; i < n; i++) residual[i] -= x[i][j] * change;
                w[j] = updated;
                largestChange = Math.Max(largestChange, Math.Abs(change));
            }
            if (largestChange <= tolerance) break;
        }
        return w;
    }

    /// <summary>sign(ρ)·max(|ρ| − α, 0): exactly 0.0 whenever |ρ| ≤ α.</summary>
    private static double SoftThreshold(double rho, double alpha) =>
        rho > alpha ? rho - alpha : rho < -alpha ? rho + alpha : 0.0;

    private static int Validate(double[][] x, double[] y, double alpha)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length == 0) throw new ArgumentException("x has no rows; the weights are undefined.", nameof(x));
        int d = x[0]?.Length ?? 0;
        for (int i = 0; i < x.Length; i++)
            if (x[i] is null || x[i].Length != d)
                throw new ArgumentException($"x[{i}] does not have the {d} features of x[0].", nameof(x));
        if (y.Length != x.Length)
            throw new ArgumentException($"y has {y.Length} targets but x has {x.Length} rows.", nameof(y));
        if (!(alpha >= 0) || double.IsInfinity(alpha))
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be a finite number ≥ 0.");
        return d;
    }
}
