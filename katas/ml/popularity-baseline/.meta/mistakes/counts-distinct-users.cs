// Mistake: popularity counts distinct users per item instead of every interaction row, so repeat plays and purchases are thrown away.
// Expect: MLK1401
namespace MlKata.Katas;

public static class PopularityBaseline
{
    public static int[] Recommend((int User, int Item)[] interactions, int user, int k)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k));
        var users = new Dictionary<int, HashSet<int>>();
        foreach (var (who, item) in interactions)
        {
            if (!users.TryGetValue(item, out var set)) users[item] = set = new HashSet<int>();
            set.Add(who);
        }
        return users
            .Where(pair => !pair.Value.Contains(user))
            .OrderByDescending(pair => pair.Value.Count)
            .ThenBy(pair => pair.Key)
            .Take(k)
            .Select(pair => pair.Key)
            .ToArray();
    }
}
