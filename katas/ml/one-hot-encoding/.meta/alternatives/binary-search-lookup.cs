namespace MlKata.Katas;

public sealed class OneHotEncoder
{
    private string[]? sortedCategories;

    public void Fit(string[] values)
    {
        RejectNulls(values);
        if (values.Length == 0) throw new ArgumentException("Fit needs at least one value.", nameof(values));
        sortedCategories = values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    public double[][] Transform(string[] values)
    {
        var categories = sortedCategories ?? throw new InvalidOperationException("Fit the encoder before Transform.");
        RejectNulls(values);
        return values.Select(value =>
        {
            // The categories are sorted ordinally, so an ordinal binary search finds the column.
            int column = Array.BinarySearch(categories, value, StringComparer.Ordinal);
            if (column < 0) throw new ArgumentException($"The value \"{value}\" was not seen during Fit.", nameof(values));
            var encoded = new double[categories.Length];
            encoded[column] = 1.0;
            return encoded;
        }).ToArray();
    }

    public IReadOnlyList<string> Categories =>
        Array.AsReadOnly(sortedCategories ?? throw new InvalidOperationException("Fit the encoder before reading Categories."));

    private static void RejectNulls(string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Contains(null)) throw new ArgumentNullException(nameof(values), "values contains a null entry.");
    }
}
