namespace MlKata.Katas;

public static class Intervals
{
    public static (int Start, int End)[] Merge((int Start, int End)[] intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var invalid = intervals.Select((interval, index) => (interval, index)).FirstOrDefault(x => x.interval.Start > x.interval.End);
        if (invalid.interval.Start > invalid.interval.End)
            throw new ArgumentException($"intervals[{invalid.index}] starts after it ends.", nameof(intervals));

        var merged = new List<(int Start, int End)>();
        foreach (var interval in intervals.OrderBy(x => x.Start).ThenBy(x => x.End))
        {
            if (merged.Count > 0 && interval.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, interval.End));
            else
                merged.Add(interval);
        }
        return merged.ToArray();
    }
}
