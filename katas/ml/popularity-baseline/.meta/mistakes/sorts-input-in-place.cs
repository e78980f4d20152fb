// Mistake: sorts the caller's interactions array in place to count runs of equal items, silently reordering the caller's data.
// Expect: MLK1401, MLK1409
namespace MlKata.Katas;

public static class PopularityBaseline
{
    public static int[] Recommend((int User, int Item)[] interactions, int user, int k)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k));
        Array.Sort(interactions, (a, b) => a.Item.CompareTo(b.Item));
        var candidates = new List<(int Count, int Item)>();
        int start = 0;
        while (start < interactions.Length)
        {
            int end = start;
            bool owned = false;
            while (end < interactions.Length && interactions[end].Item == interactions[start].Item)
            {
                owned |= interactions[end].User == user;
                end++;
            }
            if (!owned) candidates.Add((end - start, interactions[start].Item));
            start = end;
        }
        candidates.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : a.Item.CompareTo(b.Item));
        return candidates.Take(k).Select(c => c.Item).ToArray();
    }
}
