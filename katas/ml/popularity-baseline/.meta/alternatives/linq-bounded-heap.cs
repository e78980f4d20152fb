namespace MlKata.Katas;

public static class PopularityBaseline
{
    public static int[] Recommend((int User, int Item)[] interactions, int user, int k)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "k must be positive.");

        var alreadyOwned = interactions.Where(row => row.User == user).Select(row => row.Item).ToHashSet();
        var candidates = interactions
            .GroupBy(row => row.Item)
            .Where(group => !alreadyOwned.Contains(group.Key))
            .Select(group => (Count: group.Count(), Item: group.Key));

        // Keep at most k: the root is the weakest kept candidate (fewest interactions, then highest id).
        var weakestFirst = Comparer<(int Count, int Item)>.Create((a, b) =>
            a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Item.CompareTo(a.Item));
        var strongest = new PriorityQueue<int, (int Count, int Item)>(weakestFirst);
        foreach (var candidate in candidates)
        {
            strongest.Enqueue(candidate.Item, candidate);
            if (strongest.Count > k) strongest.Dequeue();
        }

        var recommendations = new int[strongest.Count];
        for (int slot = recommendations.Length - 1; slot >= 0; slot--) recommendations[slot] = strongest.Dequeue();
        return recommendations;
    }
}
