namespace MlKata.Katas;

public sealed class RandomizedSet
{
    private readonly Random _rng;
    private readonly List<int> _values = new();               // the members, densely packed
    private readonly Dictionary<int, int> _slotOf = new();    // member -> its index in _values

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
        // Fill the hole with the last member, so removal never shifts the list.
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

    public int GetRandom()
    {
        if (_values.Count == 0) throw new InvalidOperationException("The set is empty; there is no member to pick.");
        return _values[_rng.Next(_values.Count)];
    }
}
