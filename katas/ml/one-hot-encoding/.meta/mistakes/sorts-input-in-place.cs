// Mistake: sorts the caller's array in place to find the distinct values, reordering the training data behind the caller's back.
// Expect: MLK1409
namespace MlKata.Katas;

public sealed class OneHotEncoder
{
    private List<string>? _categories;

    public void Fit(string[] values)
    {
        Check(values);
        if (values.Length == 0) throw new ArgumentException("no values", nameof(values));
        Array.Sort(values, StringComparer.Ordinal);
        _categories = new List<string>();
        foreach (var v in values)
            if (_categories.Count == 0 || _categories[^1] != v) _categories.Add(v);
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
