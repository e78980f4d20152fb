// Mistake: takes the global top k first and only then drops the user's items, so a user who owns popular items gets fewer than k recommendations.
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
        return counts
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key)
            .Take(k)
            .Select(pair => pair.Key)
            .Where(item => !owned.Contains(item))
            .ToArray();
    }
}
