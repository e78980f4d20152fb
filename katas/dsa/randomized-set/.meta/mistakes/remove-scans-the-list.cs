// Mistake: keeps a HashSet for membership but finds the member to remove with List.IndexOf, a linear scan: Remove is O(n), not O(1).
// Expect: none
namespace MlKata.Katas;

public sealed class RandomizedSet
{
    private readonly Random _rng;
    private readonly List<int> _values = new();
    private readonly HashSet<int> _members = new();

    public RandomizedSet(int seed) => _rng = new Random(seed);

    public int Count => _values.Count;

    public bool Insert(int value)
    {
        if (!_members.Add(value)) return false;
        _values.Add(value);
        return true;
    }

    public bool Remove(int value)
    {
        if (!_members.Remove(value)) return false;
        int slot = _values.IndexOf(value);
        _values[slot] = _values[^1];
        _values.RemoveAt(_values.Count - 1);
        return true;
    }

    public int GetRandom()
    {
        if (_values.Count == 0) throw new InvalidOperationException("empty");
        return _values[_rng.Next(_values.Count)];
    }
}
