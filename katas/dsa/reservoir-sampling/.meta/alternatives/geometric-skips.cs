namespace MlKata.Katas;

public static class ReservoirSampling
{
    // Li's "Algorithm L": instead of a coin flip per item, draw how many items to skip before
    // the next one that enters the reservoir. Same uniform sample, O(k (1 + log(n / k))) draws.
    public static int[] Sample(IEnumerable<int> stream, int k, Random rng)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(rng);
        if (k < 0) throw new ArgumentOutOfRangeException(nameof(k), k, "k must be >= 0");
        if (k == 0) return [];

        var reservoir = new List<int>();
        double w = 0;                 // the largest of k uniform keys among the items kept so far
        long next = long.MaxValue;    // position of the next item to take
        long position = 0;
        foreach (int item in stream)
        {
            if (position < k)
            {
                reservoir.Add(item);
                if (position == k - 1)
                {
                    w = Math.Exp(Math.Log(Uniform()) / k);
                    next = After(position);
                }
            }
            else if (position == next)
            {
                reservoir[rng.Next(k)] = item;
                w *= Math.Exp(Math.Log(Uniform()) / k);
                next = After(position);
            }
            position++;
        }
        return reservoir.ToArray();

        // In (0, 1], so that its log is finite.
        double Uniform() => 1.0 - rng.NextDouble();

        // The skip is geometric with success probability w. A skip too large to count (or an
        // undefined one when w has all but vanished) means no later item is taken.
        long After(long current)
        {
            double skip = Math.Floor(Math.Log(Uniform()) / Math.Log(1 - w));
            return skip < long.MaxValue - current - 1 ? current + (long)skip + 1 : long.MaxValue;
        }
    }
}
