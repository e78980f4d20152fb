namespace MlKata.Katas;

public sealed class OneHotEncoder
{
    private List<string>? _cats;
    private Dictionary<string, int>? _idx;

    public void Fit(string[] values)
    {
        Check(values);
        if (values.Length == 0) throw new ArgumentException("no values", nameof(values));
        var set = new SortedSet<string>(values, StringComparer.Ordinal);
        _cats = set.ToList();
        _idx = new Dictionary<string, int>(StringComparer.Ordinal);
        int j = 0;
        foreach (var c in set) _idx[c] = j++;
    }

    public double[][] Transform(string[] values)
    {
        if (_idx is null) throw new InvalidOperationException("not fitted");
        Check(values);
        int d = _idx.Count;
        var x = new double[values.Length][];
        for (int i = 0; i < values.Length; i++)
        {
            x[i] = new double[d];
            if (!_idx.TryGetValue(values[i], out int j)) throw new ArgumentException($"unknown category '{values[i]}'", nameof(values));
            x[i][j] = 1;
        }
        return x;
    }

    public IReadOnlyList<string> Categories => _cats?.AsReadOnly() ?? throw new InvalidOperationException("not fitted");

    private static void Check(string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var v in values)
            if (v is null) throw new ArgumentNullException(nameof(values), "null value");
    }
}
