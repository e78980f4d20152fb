namespace MlKata.Katas;

public sealed class KMeans
{
    private sealed record Result(double[][] Centroids, double Inertia, int Iterations);

    private readonly int clusterCount;
    private readonly int iterationLimit;
    private readonly double movementTolerance;
    private Result? result;

    public KMeans(int k, int maxIterations = 300, double tolerance = 1e-4)
    {
        clusterCount = k >= 1 ? k : throw new ArgumentOutOfRangeException(nameof(k), k, "There must be at least one cluster.");
        iterationLimit = maxIterations >= 1 ? maxIterations : throw new ArgumentOutOfRangeException(nameof(maxIterations), maxIterations, "At least one iteration is required.");
        movementTolerance = tolerance >= 0 ? tolerance : throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be non-negative.");
    }

    public double[][] Centroids => Fitted.Centroids.Select(centroid => centroid.ToArray()).ToArray();

    public double Inertia => Fitted.Inertia;

    public int Iterations => Fitted.Iterations;

    private Result Fitted => result ?? throw new InvalidOperationException("Call Fit before reading the model.");

    public int[] Fit(double[][] x, double[][] initialCentroids)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(initialCentroids);
        if (x.Length == 0) throw new ArgumentException("There are no points to cluster.", nameof(x));
        int dimension = x[0]?.Length ?? -1;
        if (x.Any(point => point is null || point.Length != dimension))
            throw new ArgumentException("All points must have the same dimension.", nameof(x));
        if (initialCentroids.Length != clusterCount)
            throw new ArgumentException($"Expected {clusterCount} initial centroids.", nameof(initialCentroids));
        if (initialCentroids.Any(centroid => centroid is null || centroid.Length != dimension))
            throw new ArgumentException("Every initial centroid must have the points' dimension.", nameof(initialCentroids));

        double[][] centroids = initialCentroids.Select(centroid => centroid.ToArray()).ToArray();
        int[] assignment = Enumerable.Repeat(-1, x.Length).ToArray();
        double largestMovement = double.PositiveInfinity;
        for (int iteration = 1; ; iteration++)
        {
            int[] nextAssignment = x.Select(point => NearestCentroid(point, centroids)).ToArray();
            bool assignmentChanged = !nextAssignment.SequenceEqual(assignment);
            assignment = nextAssignment;

            bool finished = !assignmentChanged || largestMovement <= movementTolerance || iteration == iterationLimit;
            if (finished)
            {
                double inertia = x.Select((point, index) => SquaredDistance(point, centroids[assignment[index]])).Sum();
                result = new Result(centroids, inertia, iteration);
                return assignment;
            }

            double[][] movedCentroids = centroids.Select((centroid, cluster) =>
            {
                var members = x.Where((_, index) => assignment[index] == cluster).ToList();
                if (members.Count == 0) return centroid; // an empty cluster stays where it was
                return Enumerable.Range(0, dimension).Select(axis => members.Average(point => point[axis])).ToArray();
            }).ToArray();
            largestMovement = centroids.Zip(movedCentroids, (before, after) => Math.Sqrt(SquaredDistance(before, after))).Max();
            centroids = movedCentroids;
        }
    }

    // The first centroid with the smallest distance: ties go to the lower index.
    private static int NearestCentroid(double[] point, double[][] centroids)
    {
        int nearest = 0;
        double nearestDistance = SquaredDistance(point, centroids[0]);
        for (int cluster = 1; cluster < centroids.Length; cluster++)
        {
            double distance = SquaredDistance(point, centroids[cluster]);
            if (distance < nearestDistance) (nearest, nearestDistance) = (cluster, distance);
        }
        return nearest;
    }

    private static double SquaredDistance(double[] a, double[] b) => a.Zip(b, (p, q) => (p - q) * (p - q)).Sum();
}
