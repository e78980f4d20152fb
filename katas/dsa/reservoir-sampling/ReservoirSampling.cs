namespace MlKata.Katas;

/// <summary>Uniform sampling from a stream. See README.md.</summary>
public static class ReservoirSampling
{
    public static int[] Sample(IEnumerable<int> stream, int k, Random rng) =>
        throw new NotImplementedException("The reservoir-sampling kata is not implemented yet: write ReservoirSampling.Sample.");
}
