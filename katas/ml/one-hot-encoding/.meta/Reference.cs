namespace MlKata.Katas;

public sealed class OneHotEncoder
{
    private IReadOnlyList<string>? _categories;
    private Dictionary<string, int>? _column;

    public void Fit(string[] values)
    {
        CheckValues(values);
        if (values.Length == 0) throw new ArgumentException("There are no values to learn categories from.", nameof(values));

        var distinct = new HashSet<string>(values, StringComparer.Ordinal);
        var categories = distinct.ToArray();
        Array.Sort(categories, StringComparer.Ordinal);

        var column = new Dictionary<string, int>(categories.Length, StringComparer.Ordinal);
        for (int j = 0; j < categories.Length; j++) column[categories[j]] = j;

        _categories = Array.AsReadOnly(categories);
        _column = column;
    }

    public double[][] Transform(string[] values)
    {
        var column = _column ?? throw new InvalidOperationException("The encoder is not fitted yet: call Fit first.");
        CheckValues(values);
        var rows = new double[values.Length][];
        for (int i = 0; i < values.Length; i++)
        {
            if (!column.TryGetValue(values[i], out int j))
                throw new ArgumentException($"values[{i}] is \"{values[i]}\", a category not seen in Fit.", nameof(values));
            var row = new double[column.Count];
            row[j] = 1.0;
            rows[i] = row;
        }
        return rows;
    }

    public IReadOnlyList<string> Categories =>
        _categories ?? throw new InvalidOperationException("The encoder is not fitted yet: call Fit first.");

    private static void CheckValues(string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        for (int i = 0; i < values.Length; i++)
            if (values[i] is null) throw new ArgumentNullException(nameof(values), $"values[{i}] is null.");
    }
}
