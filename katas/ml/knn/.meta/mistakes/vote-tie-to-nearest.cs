// Mistake: a tie in votes goes to the label of the nearest tied neighbour instead of the smallest label.
// Expect: none
namespace MlKata.Katas;

public sealed class KNearestNeighbors
{
    private readonly int _k;
    private double[][]? _x;
    private int[]? _y;

    public KNearestNeighbors(int k)
    {
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "k must be at least 1.");
        _k = k;
    }

    public void Fit(double[][] x, int[] y)
    {
        int features = Width(x, expected: null);
        ArgumentNullException.ThrowIfNull(y);
        if (y.Length != x.Length)
            throw new ArgumentException($"y has {y.Length} labels but x has {x.Length} rows.", nameof(y));
        if (_k > x.Length)
            throw new ArgumentException($"k = {_k} needs at least {_k} training rows, but x has {x.Length}.", nameof(x));

        // Keep private copies: the caller may reuse its arrays after Fit.
        _x = new double[x.Length][];
        for (int i = 0; i < x.Length; i++) _x[i] = (double[])x[i].Clone();
        _y = (int[])y.Clone();
    }

    public int[] Predict(double[][] x)
    {
        if (_x is null || _y is null) throw new InvalidOperationException("The model is not fitted yet: call Fit first.");
        Width(x, expected: _x[0].Length);

        var predictions = new int[x.Length];
        // Max-heap of the k best candidates so far: the root is the farthest (and, among equal
        // distances, the latest) neighbour, which is the one a closer candidate replaces.
        var nearest = new PriorityQueue<int, (double Distance, int Index)>(_k + 1, Farthest.First);
        var votes = new Dictionary<int, int>();
        for (int q = 0; q < x.Length; q++)
        {
            nearest.Clear();
            for (int i = 0; i < _x.Length; i++)
            {
                var key = (SquaredDistance(x[q], _x[i]), i);
                if (nearest.Count < _k) nearest.Enqueue(i, key);
                else if (Farthest.First.Compare(key, PeekKey(nearest)) > 0) nearest.EnqueueDequeue(i, key);
            }

            // Nearest first, so the first label to reach the top count is the closest one.
            var order = new List<int>();
            while (nearest.Count > 0) order.Add(nearest.Dequeue());
            order.Reverse();
            votes.Clear();
            foreach (int i in order) votes[_y[i]] = votes.GetValueOrDefault(_y[i]) + 1;
            int best = 0, bestVotes = 0;
            foreach (int i in order)
                if (votes[_y[i]] > bestVotes) (best, bestVotes) = (_y[i], votes[_y[i]]);
            predictions[q] = best;
        }
        return predictions;
    }

    private static (double, int) PeekKey(PriorityQueue<int, (double Distance, int Index)> queue)
    {
        queue.TryPeek(out _, out var key);
        return key;
    }

    // Squared Euclidean distance: the square root is monotone, so it ranks neighbours the same way.
    private static double SquaredDistance(double[] a, double[] b)
    {
        double sum = 0;
        for (int j = 0; j < a.Length; j++)
        {
            double d = a[j] - b[j];
            sum += d * d;
        }
        return sum;
    }

    /// <summary>Orders (distance, index) so that the farthest, then latest, candidate comes first.</summary>
    private sealed class Farthest : IComparer<(double Distance, int Index)>
    {
        public static readonly Farthest First = new();

        public int Compare((double Distance, int Index) a, (double Distance, int Index) b)
        {
            int byDistance = b.Distance.CompareTo(a.Distance);
            return byDistance != 0 ? byDistance : b.Index.CompareTo(a.Index);
        }
    }

    private static int Width(double[][] x, int? expected)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (expected is null && x.Length == 0)
            throw new ArgumentException("x has no rows; there is nothing to learn from.", nameof(x));
        int width = expected ?? x[0]?.Length ?? 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] is null) throw new ArgumentException($"x[{i}] is null.", nameof(x));
            if (x[i].Length != width)
                throw new ArgumentException($"x[{i}] has {x[i].Length} features but {width} were expected.", nameof(x));
        }
        return width;
    }
}
