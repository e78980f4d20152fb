namespace MlKata.Katas;

public static class ReservoirSampling
{
    public static int[] Sample(IEnumerable<int> stream, int k, Random rng)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (k == 0) return [];

        using var e = stream.GetEnumerator();

        // Phase 1: the first k items go straight in. The list only grows as far as the stream does.
        var r = new List<int>();
        bool more = true;
        while (r.Count < k && (more = e.MoveNext())) r.Add(e.Current);
        if (!more) return r.ToArray(); // the stream had at most k items: all of them

        // Phase 2: item i (0-based) replaces a random slot with probability k / (i + 1).
        long i = k;
        while (e.MoveNext())
        {
            long j = rng.NextInt64(i + 1); // uniform in 0..i
            if (j < k) r[(int)j] = e.Current;
            i++;
        }
        return r.ToArray();
    }
}
