// Mistake: stores a last-used timestamp per key and finds the victim by scanning every entry, which makes each eviction O(capacity) instead of O(1).
// Expect: none
namespace MlKata.Katas;

public sealed class LruCache
{
    private readonly int _capacity;
    private readonly Dictionary<int, (int Value, long LastUsed)> _entries = new();
    private long _clock;

    public LruCache(int capacity)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity));
        _capacity = capacity;
    }

    public int Count => _entries.Count;

    public bool TryGet(int key, out int value)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            value = 0;
            return false;
        }
        _entries[key] = (entry.Value, ++_clock);
        value = entry.Value;
        return true;
    }

    public void Put(int key, int value)
    {
        if (!_entries.ContainsKey(key) && _entries.Count == _capacity)
        {
            int victim = 0;
            long oldest = long.MaxValue;
            foreach (var (candidate, entry) in _entries)
                if (entry.LastUsed < oldest) { oldest = entry.LastUsed; victim = candidate; }
            _entries.Remove(victim);
        }
        _entries[key] = (value, ++_clock);
    }
}
