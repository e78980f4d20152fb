namespace MlKata.Katas;

public static class BinarySearch
{
    public static int IndexOf(int[] sorted, int target)
    {
        ArgumentNullException.ThrowIfNull(sorted);

        ReadOnlySpan<int> remaining = sorted;
        int offsetOfRemaining = 0;
        // Narrow the window to the first element >= target by discarding halves.
        while (!remaining.IsEmpty)
        {
            int half = remaining.Length / 2;
            if (remaining[half] < target)
            {
                offsetOfRemaining += half + 1;
                remaining = remaining[(half + 1)..];
            }
            else
            {
                remaining = remaining[..half];
            }
        }

        bool found = offsetOfRemaining < sorted.Length && sorted[offsetOfRemaining] == target;
        return found ? offsetOfRemaining : -1;
    }
}
