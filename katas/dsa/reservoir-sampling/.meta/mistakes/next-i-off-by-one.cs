// Mistake: draws j = rng.Next(i) (0..i-1) instead of rng.Next(i + 1), so item i enters with probability k / i rather than k / (i + 1): late items are over-sampled.
// Expect: none
namespace MlKata.Katas;

public static class ReservoirSampling
{
    public static int[] Sample(IEnumerable<int> stream, int k, Random rng)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(rng);
        if (k < 0) throw new ArgumentOutOfRangeException(nameof(k));
        var reservoir = new int[k];
        int i = 0;
        foreach (int item in stream)
        {
            if (i < k) reservoir[i] = item;
            else
            {
                int j = rng.Next(i);
                if (j < k) reservoir[j] = item;
            }
            i++;
        }
        return i < k ? reservoir[..i] : reservoir;
    }
}
