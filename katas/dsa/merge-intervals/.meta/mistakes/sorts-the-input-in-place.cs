// Mistake: sorts the caller's array in place instead of a copy, so the input comes back reordered.
// Expect: MLK1409
namespace MlKata.Katas;

public static class Intervals
{
    public static (int Start, int End)[] Merge((int Start, int End)[] intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        for (int i = 0; i < intervals.Length; i++)
        {
            var (start, end) = intervals[i];
            if (start > end)
                throw new ArgumentException($"intervals[{i}] is ({start}, {end}): its Start is after its End.", nameof(intervals));
        }
        if (intervals.Length == 0) return [];

        // Sort a copy (the caller's array stays as it was); tuples compare by Start, then End.
        var sorted = intervals;
        Array.Sort(sorted);

        var merged = new List<(int Start, int End)>();
        var current = sorted[0];
        for (int i = 1; i < sorted.Length; i++)
        {
            var next = sorted[i];
            if (next.Start <= current.End)                        // overlapping or touching
                current.End = Math.Max(current.End, next.End);    // it may lie entirely inside
            else
            {
                merged.Add(current);
                current = next;
            }
        }
        merged.Add(current);
        return merged.ToArray();
    }
}
