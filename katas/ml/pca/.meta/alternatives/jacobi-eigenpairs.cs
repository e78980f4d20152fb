namespace MlKata.Katas;

public static class Pca
{
    private readonly record struct EigenPair(double Value, double[] Vector);

    public static (double[][] Components, double[] ExplainedVariance) Fit(double[][] x, int components)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length < 2) throw new ArgumentException("PCA needs at least two samples.", nameof(x));
        int featureCount = x[0]?.Length ?? -1;
        if (x.Any(row => row is null || row.Length != featureCount))
            throw new ArgumentException("Every row of x needs the same number of features.", nameof(x));
        if (x.Any(row => row.Any(value => !double.IsFinite(value))))
            throw new ArgumentException("x must contain finite numbers only.", nameof(x));
        if (components < 1 || components > featureCount)
            throw new ArgumentOutOfRangeException(nameof(components), components, $"components must lie in 1..{featureCount}.");

        double[][] covariance = SampleCovariance(x, featureCount);
        var pairs = JacobiEigenPairs(covariance)
            .OrderByDescending(pair => pair.Value) // stable: equal variances keep the solver's order
            .Take(components)
            .ToList();

        double[][] directions = pairs.Select(pair => WithPositivePivot(Normalised(pair.Vector))).ToArray();
        double[] variances = pairs.Select(pair => Math.Max(0.0, pair.Value)).ToArray();
        return (directions, variances);
    }

    private static double[][] SampleCovariance(double[][] x, int featureCount)
    {
        double[] means = Enumerable.Range(0, featureCount).Select(feature => x.Average(row => row[feature])).ToArray();
        double[][] centred = x.Select(row => row.Select((value, feature) => value - means[feature]).ToArray()).ToArray();
        return Enumerable.Range(0, featureCount).Select(first =>
            Enumerable.Range(0, featureCount).Select(second =>
                centred.Sum(row => row[first] * row[second]) / (x.Length - 1)).ToArray()).ToArray();
    }

    // Classic Jacobi: rotate away the largest off-diagonal entry until none is left.
    private static IEnumerable<EigenPair> JacobiEigenPairs(double[][] symmetric)
    {
        int size = symmetric.Length;
        double[][] matrix = symmetric.Select(row => row.ToArray()).ToArray();
        double[][] rotations = Enumerable.Range(0, size).Select(i => Enumerable.Range(0, size).Select(j => i == j ? 1.0 : 0.0).ToArray()).ToArray();
        double scale = matrix.Sum(row => row.Sum(entry => entry * entry));

        for (int step = 0; step < 100 * size * size + 100; step++)
        {
            var (p, q, largest) = LargestOffDiagonal(matrix);
            if (largest * largest <= 1e-32 * scale || largest == 0) break;

            double theta = (matrix[q][q] - matrix[p][p]) / (2 * matrix[p][q]);
            double tangent = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
            double cosine = 1 / Math.Sqrt(tangent * tangent + 1), sine = tangent * cosine;
            Rotate(matrix, rotations, p, q, cosine, sine);
        }

        for (int i = 0; i < size; i++)
        {
            int column = i;
            yield return new EigenPair(matrix[i][i], rotations.Select(row => row[column]).ToArray());
        }
    }

    private static (int P, int Q, double Magnitude) LargestOffDiagonal(double[][] matrix)
    {
        (int P, int Q, double Magnitude) best = (0, 1, 0.0);
        for (int row = 0; row < matrix.Length; row++)
            for (int column = row + 1; column < matrix.Length; column++)
                if (Math.Abs(matrix[row][column]) > best.Magnitude) best = (row, column, Math.Abs(matrix[row][column]));
        return best;
    }

    // A ← JᵀAJ and V ← VJ for the rotation J in the (p, q) plane.
    private static void Rotate(double[][] a, double[][] v, int p, int q, double c, double s)
    {
        int size = a.Length;
        for (int k = 0; k < size; k++)
        {
            double akp = a[k][p], akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < size; k++)
        {
            double apk = a[p][k], aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        for (int k = 0; k < size; k++)
        {
            double vkp = v[k][p], vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }

    private static double[] Normalised(double[] vector)
    {
        double length = Math.Sqrt(vector.Sum(entry => entry * entry));
        return vector.Select(entry => entry / length).ToArray();
    }

    private static double[] WithPositivePivot(double[] vector)
    {
        double largestMagnitude = vector.Max(Math.Abs);
        int pivot = Array.FindIndex(vector, entry => Math.Abs(entry) >= largestMagnitude - 1e-12);
        return vector[pivot] < 0 ? vector.Select(entry => -entry).ToArray() : vector;
    }
}
