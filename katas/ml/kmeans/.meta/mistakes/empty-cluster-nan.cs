// Mistake: an empty cluster's centroid is set to its sum divided by a count of 0, which is NaN, instead of keeping its previous position.
// Expect: MLK1202
namespace MlKata.Katas;

public sealed class KMeans
{
    private readonly int _k;
    private readonly int _maxIterations;
    private readonly double _tolerance;
    private double[][]? _centroids;
    private double _inertia;
    private int _iterations;

    public KMeans(int k, int maxIterations = 300, double tolerance = 1e-4)
    {
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "k must be at least 1.");
        if (maxIterations < 1)
            throw new ArgumentOutOfRangeException(nameof(maxIterations), maxIterations, "At least one iteration is needed.");
        if (!(tolerance >= 0))
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be a number ≥ 0.");
        _k = k;
        _maxIterations = maxIterations;
        _tolerance = tolerance;
    }

    /// <summary>A copy of the final centroids, one row per cluster.</summary>
    public double[][] Centroids => Array.ConvertAll(Fitted(), row => (double[])row.Clone());

    public double Inertia
    {
        get
        {
            Fitted();
            return _inertia;
        }
    }

    public int Iterations
    {
        get
        {
            Fitted();
            return _iterations;
        }
    }

    public int[] Fit(double[][] x, double[][] initialCentroids)
    {
        int d = Validate(x, initialCentroids);
        int n = x.Length;

        var centroids = Array.ConvertAll(initialCentroids, row => (double[])row.Clone());
        var labels = new int[n];
        Array.Fill(labels, -1);
        var sums = new double[_k][];
        for (int c = 0; c < _k; c++) sums[c] = new double[d];
        var counts = new int[_k];

        double inertia, largestShift = double.PositiveInfinity;
        int iterations = 0;
        while (true)
        {
            // Assignment step; every stop happens right after one, so the labels and the
            // inertia always describe the final centroids.
            iterations++;
            bool changed = Assign(x, centroids, labels, out inertia);
            if (!changed) break;
            if (iterations > 1 && largestShift <= _tolerance) break;
            if (iterations == _maxIterations) break;
            largestShift = Update(x, labels, centroids, sums, counts);
        }

        _centroids = centroids;
        _inertia = inertia;
        _iterations = iterations;
        return labels;
    }

    /// <summary>Nearest centroid for every point, lowest index on ties; reports whether any label changed.</summary>
    private static bool Assign(double[][] x, double[][] centroids, int[] labels, out double inertia)
    {
        bool changed = false;
        inertia = 0;
        for (int i = 0; i < x.Length; i++)
        {
            int best = 0;
            double bestDistance = SquaredDistance(x[i], centroids[0]);
            for (int c = 1; c < centroids.Length; c++)
            {
                double distance = SquaredDistance(x[i], centroids[c]);
                if (distance < bestDistance) (best, bestDistance) = (c, distance); // strict: ties keep the lower index
            }
            if (labels[i] != best) changed = true;
            labels[i] = best;
            inertia += bestDistance;
        }
        return changed;
    }

    /// <summary>Moves every non-empty cluster's centroid to its mean; returns the largest move.</summary>
    private static double Update(double[][] x, int[] labels, double[][] centroids, double[][] sums, int[] counts)
    {
        foreach (var sum in sums) Array.Clear(sum);
        Array.Clear(counts);
        for (int i = 0; i < x.Length; i++)
        {
            double[] sum = sums[labels[i]];
            for (int j = 0; j < sum.Length; j++) sum[j] += x[i][j];
            counts[labels[i]]++;
        }

        double largestShift = 0;
        for (int c = 0; c < centroids.Length; c++)
        {
            double shift = 0;
            for (int j = 0; j < sums[c].Length; j++)
            {
                double mean = sums[c][j] / counts[c];
                double delta = mean - centroids[c][j];
                shift += delta * delta;
                centroids[c][j] = mean;
            }
            largestShift = Math.Max(largestShift, Math.Sqrt(shift));
        }
        return largestShift;
    }

    private static double SquaredDistance(double[] a, double[] b)
    {
        double sum = 0;
        for (int j = 0; j < a.Length; j++)
        {
            double delta = a[j] - b[j];
            sum += delta * delta;
        }
        return sum;
    }

    private double[][] Fitted() =>
        _centroids ?? throw new InvalidOperationException("The model is not fitted yet: call Fit first.");

    private int Validate(double[][] x, double[][] initialCentroids)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(initialCentroids);
        if (x.Length == 0) throw new ArgumentException("x has no points to cluster.", nameof(x));
        int d = x[0]?.Length ?? 0;
        for (int i = 0; i < x.Length; i++)
            if (x[i] is null || x[i].Length != d)
                throw new ArgumentException($"x[{i}] does not have the {d} coordinates of x[0].", nameof(x));
        if (initialCentroids.Length != _k)
            throw new ArgumentException($"{initialCentroids.Length} initial centroids were given for k = {_k}.", nameof(initialCentroids));
        for (int c = 0; c < _k; c++)
            if (initialCentroids[c] is null || initialCentroids[c].Length != d)
                throw new ArgumentException($"initialCentroids[{c}] does not have the {d} coordinates of the points.", nameof(initialCentroids));
        return d;
    }
}
