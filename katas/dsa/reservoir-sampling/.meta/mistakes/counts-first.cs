// Mistake: calls Count() to learn n and then enumerates again to pick k random positions, reading the stream twice; a real stream cannot be replayed.
// Expect: none
namespace MlKata.Katas;

public static class ReservoirSampling
{
    public static int[] Sample(IEnumerable<int> stream, int k, Random rng)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(rng);
        if (k < 0) throw new ArgumentOutOfRangeException(nameof(k));
        int n = stream.Count();
        var chosen = new HashSet<int>();
        while (chosen.Count < Math.Min(k, n)) chosen.Add(rng.Next(n));
        var sample = new List<int>();
        int position = 0;
        foreach (int item in stream)
        {
            if (chosen.Contains(position)) sample.Add(item);
            position++;
        }
        return sample.ToArray();
    }
}
