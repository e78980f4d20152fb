// Mistake: neighbours are ordered by (distance, label), so among equal distances the smaller label counts as nearer instead of the earlier training row.
// Expect: none
namespace MlKata.Katas;

public sealed class KNearestNeighbors
{
    private readonly int _k;
    private double[][]? _x;
    private int[]? _y;

    public KNearestNeighbors(int k)
    {
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k));
        _k = k;
    }

    public void Fit(double[][] x, int[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length == 0) throw new ArgumentException("empty", nameof(x));
        if (y.Length != x.Length) throw new ArgumentException("lengths differ", nameof(y));
        if (x.Any(row => row is null || row.Length != x[0].Length)) throw new ArgumentException("ragged", nameof(x));
        if (_k > x.Length) throw new ArgumentException("k too large", nameof(x));
        _x = x.Select(row => (double[])row.Clone()).ToArray();
        _y = (int[])y.Clone();
    }

    public int[] Predict(double[][] x)
    {
        if (_x is null || _y is null) throw new InvalidOperationException("not fitted");
        ArgumentNullException.ThrowIfNull(x);
        if (x.Any(row => row is null || row.Length != _x[0].Length)) throw new ArgumentException("width", nameof(x));
        var result = new int[x.Length];
        for (int q = 0; q < x.Length; q++)
        {
            var neighbours = _x
                .Select((row, i) => (Distance: Math.Sqrt(row.Zip(x[q], (a, b) => (a - b) * (a - b)).Sum()), Label: _y[i]))
                .OrderBy(p => p)
                .Take(_k);
            var votes = neighbours.GroupBy(p => p.Label).Select(g => (Label: g.Key, Count: g.Count()));
            result[q] = votes.OrderByDescending(v => v.Count).ThenBy(v => v.Label).First().Label;
        }
        return result;
    }
}
