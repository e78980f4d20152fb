namespace MlKata.Katas;

/// <summary>Merging overlapping or touching closed intervals. See README.md.</summary>
public static class Intervals
{
    public static (int Start, int End)[] Merge((int Start, int End)[] intervals) =>
        throw new NotImplementedException("The merge-intervals kata is not implemented yet: write Intervals.Merge.");
}
