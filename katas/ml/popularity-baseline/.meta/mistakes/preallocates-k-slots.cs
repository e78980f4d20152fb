// Mistake: allocates the answer with k slots up front and trims it afterwards, so a large k (the "give me everything" call) throws instead of returning all candidates.
// Expect: MLK1401
namespace MlKata.Katas;

public static class PopularityBaseline
{
    public static int[] Recommend((int User, int Item)[] interactions, int user, int k)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k));
        var counts = new Dictionary<int, int>();
        var owned = new HashSet<int>();
        foreach (var (who, item) in interactions)
        {
            counts[item] = counts.GetValueOrDefault(item) + 1;
            if (who == user) owned.Add(item);
        }
        var ranked = counts
            .Where(pair => !owned.Contains(pair.Key))
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key)
            .Select(pair => pair.Key);
        var result = new int[k];
        int filled = 0;
        foreach (int item in ranked)
        {
            if (filled == k) break;
            result[filled++] = item;
        }
        return result[..filled];
    }
}
