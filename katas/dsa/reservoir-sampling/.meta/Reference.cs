namespace MlKata.Katas;

public static class ReservoirSampling
{
    public static int[] Sample(IEnumerable<int> stream, int k, Random rng)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(rng);
        if (k < 0)
            throw new ArgumentOutOfRangeException(nameof(k), k, "The sample size cannot be negative.");
        if (k == 0) return [];

        var reservoir = new int[k];
        long seen = 0;
        foreach (int item in stream)
        {
            if (seen < k)
            {
                reservoir[seen] = item;
            }
            else
            {
                // Item number seen (0-based) enters with probability k / (seen + 1).
                long j = rng.NextInt64(seen + 1);
                if (j < k) reservoir[j] = item;
            }
            seen++;
        }
        return seen < k ? reservoir[..(int)seen] : reservoir;
    }
}
