// Mistake: copies the whole stream into an array and shuffles the first k positions; uniform and single-pass, but O(n) memory, which a stream too big for memory cannot afford.
// Expect: none
namespace MlKata.Katas;

public static class ReservoirSampling
{
    public static int[] Sample(IEnumerable<int> stream, int k, Random rng)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(rng);
        if (k < 0) throw new ArgumentOutOfRangeException(nameof(k));
        int[] all = stream.ToArray();
        int take = Math.Min(k, all.Length);
        for (int i = 0; i < take; i++)
        {
            int j = rng.Next(i, all.Length);
            (all[i], all[j]) = (all[j], all[i]);
        }
        return all[..take];
    }
}
