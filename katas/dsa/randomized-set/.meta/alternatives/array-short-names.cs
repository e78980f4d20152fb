namespace MlKata.Katas;

public sealed class RandomizedSet
{
    private readonly Random _r;
    private int[] _a = new int[16];
    private int _n;
    private readonly Dictionary<int, int> _pos = new();

    public RandomizedSet(int seed) => _r = new Random(seed);

    public int Count => _n;

    public bool Insert(int value)
    {
        if (_pos.ContainsKey(value)) return false;
        if (_n == _a.Length) Array.Resize(ref _a, _a.Length * 2); // amortised O(1)
        _a[_n] = value;
        _pos[value] = _n++;
        return true;
    }

    public bool Remove(int value)
    {
        if (!_pos.TryGetValue(value, out int i)) return false;
        int last = _a[--_n];
        _a[i] = last;
        _pos[last] = i;
        _pos.Remove(value); // after the move, so removing the last element also works
        return true;
    }

    public int GetRandom() =>
        _n == 0 ? throw new InvalidOperationException("empty set") : _a[_r.Next(_n)];
}
