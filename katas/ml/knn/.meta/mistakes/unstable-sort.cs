// Mistake: neighbours are ranked with Array.Sort on the distances alone; it is an unstable introsort, so among equal distances it does not keep training order.
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
            var distances = new double[_x.Length];
            var indices = new int[_x.Length];
            for (int i = 0; i < _x.Length; i++)
            {
                indices[i] = i;
                distances[i] = Math.Sqrt(_x[i].Zip(x[q], (a, b) => (a - b) * (a - b)).Sum());
            }
            Array.Sort(distances, indices);
            var votes = new Dictionary<int, int>();
            for (int n = 0; n < _k; n++) votes[_y[indices[n]]] = votes.GetValueOrDefault(_y[indices[n]]) + 1;
            result[q] = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key).First().Key;
        }
        return result;
    }
}
