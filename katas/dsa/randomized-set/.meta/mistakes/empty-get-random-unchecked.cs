// Mistake: GetRandom does not check for an empty set, so it fails with the list's ArgumentOutOfRangeException instead of InvalidOperationException.
// Expect: none
namespace MlKata.Katas;

public sealed class RandomizedSet
{
    private readonly Random _rng;
    private readonly List<int> _values = new();
    private readonly Dictionary<int, int> _slotOf = new();

    public RandomizedSet(int seed) => _rng = new Random(seed);

    public int Count => _values.Count;

    public bool Insert(int value)
    {
        if (!_slotOf.TryAdd(value, _values.Count)) return false;
        _values.Add(value);
        return true;
    }

    public bool Remove(int value)
    {
        if (!_slotOf.Remove(value, out int slot)) return false;
        int lastSlot = _values.Count - 1;
        if (slot != lastSlot)
        {
            int last = _values[lastSlot];
            _values[slot] = last;
            _slotOf[last] = slot;
        }
        _values.RemoveAt(lastSlot);
        return true;
    }

    public int GetRandom() => _values[_rng.Next(_values.Count)];
}
