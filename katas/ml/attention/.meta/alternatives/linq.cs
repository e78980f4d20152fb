namespace MlKata.Katas;

public static class Attention
{
    public static double[][] ScaledDotProduct(double[][] q, double[][] k, double[][] v, bool causal = false)
    {
        int queryWidth = ColumnCount(q, nameof(q));
        int keyWidth = ColumnCount(k, nameof(k));
        int valueWidth = ColumnCount(v, nameof(v));
        if (queryWidth == 0) throw new ArgumentException("Queries need at least one column.", nameof(q));
        if (keyWidth != queryWidth) throw new ArgumentException("Keys and queries must have the same width.", nameof(k));
        if (v.Length != k.Length) throw new ArgumentException("There must be one value row per key.", nameof(v));

        double scale = 1.0 / Math.Sqrt(queryWidth);
        return q.Select((query, queryIndex) =>
        {
            int visibleKeys = causal ? Math.Min(queryIndex + 1, k.Length) : k.Length;
            double[] scores = k.Take(visibleKeys)
                .Select(key => query.Zip(key, (a, b) => a * b).Sum() * scale)
                .ToArray();
            double largestScore = scores.Max();
            double[] unnormalised = scores.Select(score => Math.Exp(score - largestScore)).ToArray();
            double total = unnormalised.Sum();
            return Enumerable.Range(0, valueWidth)
                .Select(column => unnormalised.Select((weight, keyIndex) => weight / total * v[keyIndex][column]).Sum())
                .ToArray();
        }).ToArray();
    }

    private static int ColumnCount(double[][] matrix, string name)
    {
        ArgumentNullException.ThrowIfNull(matrix, name);
        if (matrix.Length == 0) throw new ArgumentException($"{name} has no rows.", name);
        if (matrix.Any(row => row is null)) throw new ArgumentException($"{name} has a null row.", name);
        int width = matrix[0].Length;
        if (matrix.Any(row => row.Length != width)) throw new ArgumentException($"The rows of {name} differ in length.", name);
        return width;
    }
}
