using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class LruCacheTests
{
    // Runs calls on a cache and keeps a log of them, so a failure shows the whole history.
    private sealed class Session
    {
        public readonly List<string> Calls;
        private readonly LruCache _cache;

        public Session(int capacity)
        {
            Calls = [$"new LruCache({capacity})"];
            _cache = new LruCache(capacity);
        }

        public Session Put(int key, int value)
        {
            _cache.Put(key, value);
            Calls.Add($"Put({key}, {value})");
            return this;
        }

        public (bool Hit, int Value) TryGet(int key)
        {
            bool hit = _cache.TryGet(key, out int value);
            Calls.Add($"TryGet({key}) -> ({(hit ? "true" : "false")}, {value})");
            return (hit, value);
        }

        public int Count => _cache.Count;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Capacity_below_one_is_rejected(int capacity)
    {
        Check.Given(capacity).Throws<ArgumentOutOfRangeException>(() => new LruCache(capacity), "capacity");
    }

    [Fact]
    public void A_new_cache_is_empty_and_misses_give_zero()
    {
        var session = new Session(3);
        var calls = session.Calls;
        Check.Given(calls).Hint(3).Equal(0, session.Count);
        Check.Given(calls).Hint(3).Equal((false, 0), session.TryGet(7));
    }

    [Fact]
    public void Put_then_TryGet_returns_the_value()
    {
        var session = new Session(3).Put(1, 100).Put(2, 200);
        var calls = session.Calls;
        Check.Given(calls).Hint(1).Equal((true, 100), session.TryGet(1));
        Check.Given(calls).Hint(1).Equal((true, 200), session.TryGet(2));
        Check.Given(calls).Hint(1).Equal(2, session.Count);
    }

    [Fact]
    public void A_stored_zero_is_a_hit_and_any_int_is_a_key()
    {
        var session = new Session(4).Put(5, 0).Put(int.MinValue, int.MaxValue).Put(-1, -1);
        var calls = session.Calls;
        Check.Given(calls).Hint(3).Equal((true, 0), session.TryGet(5));
        Check.Given(calls).Hint(3).Equal((true, int.MaxValue), session.TryGet(int.MinValue));
        Check.Given(calls).Hint(3).Equal((true, -1), session.TryGet(-1));
        Check.Given(calls).Hint(3).Equal((false, 0), session.TryGet(0));
    }

    [Fact]
    public void A_new_key_in_a_full_cache_evicts_the_least_recently_put()
    {
        // Capacity 2: 1 and 2 fill it; 3 is new, and 1 was used longest ago, so 1 goes.
        var session = new Session(2).Put(1, 1).Put(2, 2).Put(3, 3);
        var calls = session.Calls;
        Check.Given(calls).Hint(1).Equal(2, session.Count);
        Check.Given(calls).Hint(1).Equal((false, 0), session.TryGet(1));
        Check.Given(calls).Hint(1).Equal((true, 2), session.TryGet(2));
        Check.Given(calls).Hint(1).Equal((true, 3), session.TryGet(3));
    }

    [Fact]
    public void A_hit_makes_the_entry_most_recently_used()
    {
        // The README example (also LeetCode 146's). Recency, least recent first:
        // Put 1, Put 2 -> [1, 2]; hit 1 -> [2, 1]; Put 3 evicts 2 -> [1, 3]; miss on 2;
        // Put 4 evicts 1 -> [3, 4]; miss on 1; hits on 3 and 4.
        var session = new Session(2).Put(1, 1).Put(2, 2);
        var calls = session.Calls;
        Check.Given(calls).Hint(2).Equal((true, 1), session.TryGet(1));
        session.Put(3, 3);
        Check.Given(calls).Hint(2).Equal((false, 0), session.TryGet(2));
        session.Put(4, 4);
        Check.Given(calls).Hint(2).Equal((false, 0), session.TryGet(1));
        Check.Given(calls).Hint(2).Equal((true, 3), session.TryGet(3));
        Check.Given(calls).Hint(2).Equal((true, 4), session.TryGet(4));
    }

    [Fact]
    public void Put_on_an_existing_key_updates_and_refreshes_it()
    {
        // Recency: Put 1, Put 2 -> [1, 2]; Put(1, 10) updates 1 -> [2, 1]; Put 3 evicts 2.
        var session = new Session(2).Put(1, 1).Put(2, 2).Put(1, 10).Put(3, 3);
        var calls = session.Calls;
        Check.Given(calls).Hint(2).Equal((false, 0), session.TryGet(2));
        Check.Given(calls).Hint(2).Equal((true, 10), session.TryGet(1));
        Check.Given(calls).Hint(2).Equal((true, 3), session.TryGet(3));
    }

    [Fact]
    public void Updating_a_key_in_a_full_cache_evicts_nothing()
    {
        // The cache is full, but 2 is not new: its value changes and 1 stays.
        var session = new Session(2).Put(1, 1).Put(2, 2).Put(2, 20);
        var calls = session.Calls;
        Check.Given(calls).Hint(3).Equal(2, session.Count);
        Check.Given(calls).Hint(3).Equal((true, 1), session.TryGet(1));
        Check.Given(calls).Hint(3).Equal((true, 20), session.TryGet(2));
    }

    [Fact]
    public void A_miss_changes_nothing()
    {
        // Recency [1, 2]; the miss on 9 neither adds 9 nor refreshes anything, so Put 3 evicts 1.
        var session = new Session(2).Put(1, 1).Put(2, 2);
        var calls = session.Calls;
        Check.Given(calls).Hint(3).Equal((false, 0), session.TryGet(9));
        Check.Given(calls).Hint(3).Equal(2, session.Count);
        session.Put(3, 3);
        Check.Given(calls).Hint(3).Equal((false, 0), session.TryGet(1));
        Check.Given(calls).Hint(3).Equal((true, 2), session.TryGet(2));
    }

    [Fact]
    public void Capacity_one_keeps_only_the_latest_key()
    {
        var session = new Session(1).Put(1, 1).Put(1, 2);
        var calls = session.Calls;
        Check.Given(calls).Hint(3).Equal((true, 2), session.TryGet(1));   // an update, not a new key
        session.Put(2, 3);
        Check.Given(calls).Hint(1).Equal((false, 0), session.TryGet(1));
        Check.Given(calls).Hint(1).Equal((true, 3), session.TryGet(2));
        Check.Given(calls).Hint(1).Equal(1, session.Count);
    }

    [Fact]
    public void Count_never_exceeds_the_capacity()
    {
        // Ten distinct keys into capacity 3: keys 7, 8 and 9 are the three most recent.
        var session = new Session(3);
        for (int key = 0; key < 10; key++) session.Put(key, key * key);
        var calls = session.Calls;
        Check.Given(calls).Hint(1).Equal(3, session.Count);
        Check.Given(calls).Hint(1).Equal((false, 0), session.TryGet(6));
        Check.Given(calls).Hint(1).Equal((true, 49), session.TryGet(7));
        Check.Given(calls).Hint(1).Equal((true, 81), session.TryGet(9));
    }

    [Fact]
    public void Evictions_and_hits_in_a_large_cache_take_constant_time()
    {
        // Capacity C = 20,000.
        //  1. Put keys 0..C-1: recency (least recent first) is 0..C-1.
        //  2. Ten times, hit keys C/2..C-1 in order. Each sits in the middle of the recency order,
        //     and every pass leaves the order as it was: 0..C/2-1, then C/2..C-1.
        //  3. Put 40,000 new keys C, C+1, ...: each evicts the least recent entry, so afterwards
        //     the cache holds the last C keys put, 40,000..59,999, each with value -key.
        // 160,000 operations: a few ms with a dictionary and a linked list. Scanning every entry
        // for the oldest timestamp costs C steps per eviction (8 * 10^8 in all, each a
        // dictionary-entry visit) and searching the list for the node to refresh C/2 per hit
        // (10^9 in all): seconds, hundreds of times slower.
        const int capacity = 20_000, half = capacity / 2, passes = 10, newKeys = 40_000;
        var cache = new LruCache(capacity);
        int wrongHits = 0;
        bool finished = false;
        var checkOver = new CancellationTokenSource();   // stops a slow solution once it has failed
        try
        {
            Check.Given(capacity, newKeys).Hint(3).Within(TimeSpan.FromSeconds(1.5), "O(1) per operation", () =>
            {
                for (int key = 0; key < capacity; key++)
                    if (checkOver.IsCancellationRequested) return;
                    else cache.Put(key, key);
                for (int pass = 0; pass < passes; pass++)
                    for (int key = half; key < capacity; key++)
                        if (checkOver.IsCancellationRequested) return;
                        else if (!cache.TryGet(key, out int value) || value != key) wrongHits++;
                for (int key = capacity; key < capacity + newKeys; key++)
                    if (checkOver.IsCancellationRequested) return;
                    else cache.Put(key, -key);
                finished = true;
            });
        }
        finally
        {
            checkOver.Cancel();
        }

        var given = Check.Given(capacity, newKeys).Hint(2);
        given.That(finished && wrongHits == 0, "every hit in step 2 returns its key", wrongHits);
        given.Equal(capacity, cache.Count);
        given.Equal((false, 0), (cache.TryGet(newKeys - 1, out int gone), gone));          // evicted last
        given.Equal((true, -newKeys), (cache.TryGet(newKeys, out int oldest), oldest));    // least recent survivor
        given.Equal((true, -(newKeys + capacity - 1)), (cache.TryGet(newKeys + capacity - 1, out int newest), newest));
    }
}
