// Mistake: keeps the categories in order of first appearance instead of sorting them, so the column layout depends on the order of the training rows.
// Expect: none
namespace MlKata.Katas;

public sealed class OneHotEncoder
{
    private List<string>? _categories;

    public void Fit(string[] values)
    {
        Check(values);
        if (values.Length == 0) throw new ArgumentException("no values", nameof(values));
        _categories = values.Distinct(StringComparer.Ordinal).ToList();
    }

    public double[][] Transform(string[] values)
    {
        if (_categories is null) throw new InvalidOperationException("not fitted");
        Check(values);
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int j = 0; j < _categories.Count; j++) column[_categories[j]] = j;
        return values.Select(v =>
        {
            if (!column.TryGetValue(v, out int j)) throw new ArgumentException($"unknown category {v}", nameof(values));
            var row = new double[_categories.Count];
            row[j] = 1.0;
            return row;
        }).ToArray();
    }

    public IReadOnlyList<string> Categories => _categories ?? throw new InvalidOperationException("not fitted");

    private static void Check(string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Any(v => v is null)) throw new ArgumentNullException(nameof(values));
    }
}
