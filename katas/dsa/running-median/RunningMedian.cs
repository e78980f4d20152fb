namespace MlKata.Katas;

/// <summary>The median of a stream of ints. See README.md.</summary>
public sealed class RunningMedian
{
    public void Add(int value) =>
        throw new NotImplementedException("The running-median kata is not implemented yet: write RunningMedian.Add.");

    public double Median =>
        throw new NotImplementedException("The running-median kata is not implemented yet: write RunningMedian.Median.");
}
