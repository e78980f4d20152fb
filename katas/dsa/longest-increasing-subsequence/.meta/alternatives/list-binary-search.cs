namespace MlKata.Katas;

public static class LongestIncreasingSubsequence
{
    public static int Length(int[] values)
    {
        ArgumentNullException.ThrowIfNull(values);

        // Patience piles: piles[i] is the smallest top that a pile i + 1 deep can have.
        // The tops are strictly increasing, so List<T>.BinarySearch finds each value's pile.
        var piles = new List<int>();
        foreach (int value in values)
        {
            int found = piles.BinarySearch(value);
            if (found >= 0) continue;          // an equal top already exists: strictly increasing, nothing changes
            int pile = ~found;                 // the first top larger than value
            if (pile == piles.Count) piles.Add(value);
            else piles[pile] = value;
        }
        return piles.Count;
    }
}
