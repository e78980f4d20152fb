// Mistake: sorts by count only; the stable sort leaves equal counts in dictionary (first-seen) order instead of by lower item id.
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
            .Where(pair => !owned.Contains(pair.Key))
            .OrderByDescending(pair => pair.Value)
            .Take(k)
            .Select(pair => pair.Key)
            .ToArray();
    }
}
