// Mistake: Remove moves the last member into the freed slot but never updates that member's index, so removing it later touches the wrong slot or throws.
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
        _values[slot] = _values[lastSlot];
        _values.RemoveAt(lastSlot);
        return true;
    }

    public int GetRandom()
    {
        if (_values.Count == 0) throw new InvalidOperationException("empty");
        return _values[_rng.Next(_values.Count)];
    }
}
