// Mistake: every item after the first k replaces a random slot (j = rng.Next(k)), with no chance of being skipped, so the sample is dominated by the end of the stream.
// Expect: none
namespace MlKata.Katas;

public static class ReservoirSampling
{
    public static int[] Sample(IEnumerable<int> stream, int k, Random rng)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(rng);
        if (k < 0) throw new ArgumentOutOfRangeException(nameof(k));
        if (k == 0) return [];
        var reservoir = new int[k];
        int i = 0;
        foreach (int item in stream)
        {
            if (i < k) reservoir[i] = item;
            else reservoir[rng.Next(k)] = item;
            i++;
        }
        return i < k ? reservoir[..i] : reservoir;
    }
}
