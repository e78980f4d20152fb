namespace MlKata.Katas;

public static class Intervals
{
    public static (int Start, int End)[] Merge((int Start, int End)[] intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        int n = intervals.Length;
        var s = new int[n];
        var e = new int[n];
        for (int i = 0; i < n; i++)
        {
            (s[i], e[i]) = intervals[i];
            if (s[i] > e[i]) throw new ArgumentException($"intervals[{i}]: Start > End", nameof(intervals));
        }
        // Sorting starts and ends independently still merges correctly: a merged block ends at
        // the first i where the next start lies beyond the i-th smallest end.
        Array.Sort(s);
        Array.Sort(e);
        var res = new List<(int Start, int End)>();
        for (int i = 0, b = 0; i < n; i++)
        {
            if (i == n - 1 || s[i + 1] > e[i])
            {
                res.Add((s[b], e[i]));
                b = i + 1;
            }
        }
        return res.ToArray();
    }
}
