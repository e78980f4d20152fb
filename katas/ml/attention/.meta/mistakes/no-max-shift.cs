// Mistake: softmax exponentiates the raw scores; exp overflows to infinity (or every weight underflows to 0) once scores reach the hundreds, and the output is NaN.
// Expect: MLK1101
namespace MlKata.Katas;

public static class Attention
{
    public static double[][] ScaledDotProduct(double[][] q, double[][] k, double[][] v, bool causal = false)
    {
        int d = Width(q, nameof(q));
        int keyWidth = Width(k, nameof(k));
        int valueWidth = Width(v, nameof(v));
        if (d == 0) throw new ArgumentException("The query rows are empty; the scale 1/sqrt(d) is undefined.", nameof(q));
        if (keyWidth != d)
            throw new ArgumentException($"The keys have {keyWidth} columns but the queries have {d}.", nameof(k));
        if (v.Length != k.Length)
            throw new ArgumentException($"There are {v.Length} value rows but {k.Length} keys; they must pair up.", nameof(v));

        double scale = 1.0 / Math.Sqrt(d);
        var scores = new double[k.Length];
        var output = new double[q.Length][];
        for (int i = 0; i < q.Length; i++)
        {
            // Causal: query i attends to keys 0..i only (the diagonal included, so never to none).
            int visible = causal ? Math.Min(i + 1, k.Length) : k.Length;
            double max = double.NegativeInfinity;
            for (int j = 0; j < visible; j++)
            {
                double dot = 0.0;
                for (int t = 0; t < d; t++) dot += q[i][t] * k[j][t];
                scores[j] = dot * scale;
                if (scores[j] > max) max = scores[j];
            }

            // Shift by the maximum: the largest term becomes exp(0) = 1, so nothing overflows
            // and the denominator is at least 1.
            double total = 0.0;
            for (int j = 0; j < visible; j++)
            {
                scores[j] = Math.Exp(scores[j]);
                total += scores[j];
            }

            var row = new double[valueWidth];
            for (int j = 0; j < visible; j++)
            {
                double weight = scores[j] / total;
                for (int t = 0; t < valueWidth; t++) row[t] += weight * v[j][t];
            }
            output[i] = row;
        }
        return output;
    }

    // Checks the matrix is non-empty and rectangular, and returns its number of columns.
    private static int Width(double[][] matrix, string name)
    {
        ArgumentNullException.ThrowIfNull(matrix, name);
        if (matrix.Length == 0) throw new ArgumentException($"{name} has no rows.", name);
        int width = matrix[0]?.Length ?? throw new ArgumentException($"{name}[0] is null.", name);
        for (int r = 1; r < matrix.Length; r++)
        {
            if (matrix[r] is null) throw new ArgumentException($"{name}[{r}] is null.", name);
            if (matrix[r].Length != width)
                throw new ArgumentException($"{name}[{r}] has {matrix[r].Length} columns but {name}[0] has {width}; rows must have equal lengths.", name);
        }
        return width;
    }
}
