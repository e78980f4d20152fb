namespace MlKata.Katas;

public static class RegularizedRegression
{
    public static double[] Ridge(double[][] x, double[] y, double alpha)
    {
        int featureCount = ValidateInputs(x, y, alpha);

        // Augmented system [XᵀX + αI | Xᵀy], one jagged row per equation.
        var augmented = new double[featureCount][];
        for (int row = 0; row < featureCount; row++)
        {
            augmented[row] = new double[featureCount + 1];
            for (int column = 0; column < featureCount; column++)
                augmented[row][column] = x.Sum(sample => sample[row] * sample[column]) + (row == column ? alpha : 0.0);
            augmented[row][featureCount] = x.Select((sample, index) => sample[row] * y[index]).Sum();
        }
        double largestDiagonal = Enumerable.Range(0, featureCount).Select(i => Math.Abs(augmented[i][i])).DefaultIfEmpty(0).Max();

        // Gauss-Jordan: clear every other row's entry in each pivot column.
        for (int pivotColumn = 0; pivotColumn < featureCount; pivotColumn++)
        {
            int bestRow = Enumerable.Range(pivotColumn, featureCount - pivotColumn)
                .MaxBy(row => Math.Abs(augmented[row][pivotColumn]));
            if (!(Math.Abs(augmented[bestRow][pivotColumn]) > 1e-12 * largestDiagonal))
                throw new InvalidOperationException("The ridge system is singular; a positive alpha would make it solvable.");
            (augmented[pivotColumn], augmented[bestRow]) = (augmented[bestRow], augmented[pivotColumn]);

            double[] pivotRow = augmented[pivotColumn];
            double pivot = pivotRow[pivotColumn];
            for (int column = pivotColumn; column <= featureCount; column++) pivotRow[column] /= pivot;
            for (int row = 0; row < featureCount; row++)
            {
                if (row == pivotColumn) continue;
                double factor = augmented[row][pivotColumn];
                if (factor == 0) continue;
                for (int column = pivotColumn; column <= featureCount; column++)
                    augmented[row][column] -= factor * pivotRow[column];
            }
        }
        return augmented.Select(row => row[featureCount]).ToArray();
    }

    public static double[] Lasso(double[][] x, double[] y, double alpha, int maxIterations = 1000, double tolerance = 1e-6)
    {
        int featureCount = ValidateInputs(x, y, alpha);
        if (maxIterations < 1) throw new ArgumentOutOfRangeException(nameof(maxIterations), maxIterations, "Run at least one sweep.");
        if (!(tolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance cannot be negative or NaN.");
        int sampleCount = x.Length;

        var meanSquareOfFeature = Enumerable.Range(0, featureCount)
            .Select(feature => x.Sum(sample => sample[feature] * sample[feature]) / sampleCount).ToArray();
        var weights = new double[featureCount];
        var residuals = y.ToArray(); // y − Xw with w = 0

        bool converged = false;
        for (int sweep = 0; sweep < maxIterations && !converged; sweep++)
        {
            double largestStep = 0;
            for (int feature = 0; feature < featureCount; feature++)
            {
                double curvature = meanSquareOfFeature[feature];
                if (curvature == 0) continue;
                double correlation = 0;
                for (int sample = 0; sample < sampleCount; sample++) correlation += x[sample][feature] * residuals[sample];
                double partialFit = correlation / sampleCount + curvature * weights[feature];
                double newWeight = SoftThreshold(partialFit, alpha) / curvature;
                double step = newWeight - weights[feature];
                if (step != 0)
                {
                    for (int sample = 0; sample < sampleCount; sample++) residuals[sample] -= x[sample][feature] * step;
                    weights[feature] = newWeight;
                }
                largestStep = Math.Max(largestStep, Math.Abs(step));
            }
            converged = largestStep <= tolerance;
        }
        return weights;
    }

    private static double SoftThreshold(double value, double threshold) => value switch
    {
        _ when value > threshold => value - threshold,
        _ when value < -threshold => value + threshold,
        _ => 0.0,
    };

    private static int ValidateInputs(double[][] x, double[] y, double alpha)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length == 0) throw new ArgumentException("x needs at least one row.", nameof(x));
        int featureCount = x[0]?.Length ?? -1;
        if (x.Any(row => row is null || row.Length != featureCount))
            throw new ArgumentException("Every row of x needs the same number of features.", nameof(x));
        if (y.Length != x.Length) throw new ArgumentException("y needs one target per row of x.", nameof(y));
        if (!double.IsFinite(alpha) || alpha < 0) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be a finite non-negative number.");
        return featureCount;
    }
}
