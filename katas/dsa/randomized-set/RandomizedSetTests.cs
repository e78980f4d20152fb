using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class RandomizedSetTests
{
    [Fact]
    public void A_new_set_is_empty()
    {
        int seed = 1;
        var set = new RandomizedSet(seed);
        Check.Given(seed).Hint(1).Equal(0, set.Count);
    }

    [Fact]
    public void Insert_reports_whether_the_value_was_new()
    {
        var set = new RandomizedSet(1);
        string calls = "Insert(5), Insert(5), Insert(int.MinValue), Insert(int.MaxValue)";
        var given = Check.Given(calls).Hint(1);
        given.Equal(true, set.Insert(5));
        given.Equal(false, set.Insert(5));
        given.Equal(true, set.Insert(int.MinValue));
        given.Equal(true, set.Insert(int.MaxValue));
        given.Equal(3, set.Count);
    }

    [Fact]
    public void Remove_reports_whether_the_value_was_present()
    {
        var set = new RandomizedSet(1);
        set.Insert(1);
        set.Insert(2);
        string calls = "Insert(1), Insert(2), then Remove(3), Remove(1), Remove(1)";
        var given = Check.Given(calls).Hint(3);
        given.Equal(false, set.Remove(3));
        given.Equal(true, set.Remove(1));
        given.Equal(false, set.Remove(1));
        given.Equal(1, set.Count);
    }

    [Fact]
    public void The_last_inserted_value_can_be_removed_and_inserted_again()
    {
        // Removing the element that sits in the last slot must not leave its index entry behind.
        var set = new RandomizedSet(1);
        set.Insert(1);
        set.Insert(2);
        set.Insert(3);
        string calls = "Insert(1), Insert(2), Insert(3), then Remove(3), Insert(3), Remove(3)";
        var given = Check.Given(calls).Hint(3);
        given.Equal(true, set.Remove(3));
        given.Equal(true, set.Insert(3));
        given.Equal(true, set.Remove(3));
        given.Equal(2, set.Count);
    }

    [Fact]
    public void Removing_from_the_middle_keeps_the_moved_member_removable()
    {
        // If Remove fills the hole left by 1 with the last member (3), it must also record 3's new place.
        var set = new RandomizedSet(1);
        set.Insert(1);
        set.Insert(2);
        set.Insert(3);
        string calls = "Insert(1), Insert(2), Insert(3), then Remove(1), Remove(3), Remove(2)";
        var given = Check.Given(calls).Hint(3);
        given.Equal(true, set.Remove(1));
        given.Equal(true, set.Remove(3));
        given.Equal(true, set.Remove(2));
        given.Equal(0, set.Count);
    }

    [Fact]
    public void Behaves_like_a_hash_set_over_a_long_mixed_sequence()
    {
        // 5 000 operations on values 0..39, chosen by the test's own Random(2024); a HashSet<int> is the model.
        // GetRandom must always return a current member.
        var set = new RandomizedSet(7);
        var model = new HashSet<int>();
        var ops = new Random(2024);
        for (int step = 0; step < 5_000; step++)
        {
            int value = ops.Next(40), kind = ops.Next(3);
            string call = kind switch { 0 => $"Insert({value})", 1 => $"Remove({value})", _ => "GetRandom()" };
            var members = model.Order().ToArray();
            var given = Check.Given(step, call, members).Hint(3);
            if (kind == 0) given.Equal(model.Add(value), set.Insert(value));
            else if (kind == 1) given.Equal(model.Remove(value), set.Remove(value));
            else if (model.Count > 0)
            {
                int pick = set.GetRandom();
                given.That(model.Contains(pick), "a current member", pick);
            }
            given.Equal(model.Count, set.Count);
        }
    }

    [Fact]
    public void GetRandom_on_an_empty_set_throws()
    {
        var set = new RandomizedSet(1);
        string calls = "new RandomizedSet(1)";
        Check.Given(calls).Hint(3).Throws<InvalidOperationException>(() => set.GetRandom());
        set.Insert(4);
        set.Remove(4);
        string calls2 = "new RandomizedSet(1); Insert(4); Remove(4)";
        Check.Given(calls2).Hint(3).Throws<InvalidOperationException>(() => set.GetRandom());
    }

    [Fact]
    public void GetRandom_with_a_single_member_returns_it()
    {
        var set = new RandomizedSet(3);
        set.Insert(-17);
        string calls = "Insert(-17)";
        var given = Check.Given(calls).Hint(2);
        for (int i = 0; i < 20; i++) given.Equal(-17, set.GetRandom());
    }

    [Fact]
    public void GetRandom_is_uniform_over_the_current_members()
    {
        // Insert 0..19, remove the even ones: the members are 1, 3, ..., 19 (10 of them).
        // 50 000 picks: each member expects 5 000 with standard deviation sqrt(50000 * 0.1 * 0.9) = 67,
        // so 5 000 +- 400 is a 6-sigma bound. A pick that can never reach one slot leaves a member at 0.
        var set = new RandomizedSet(99);
        for (int v = 0; v < 20; v++) set.Insert(v);
        for (int v = 0; v < 20; v += 2) set.Remove(v);
        var counts = new Dictionary<int, int>();
        for (int i = 0; i < 50_000; i++)
        {
            int pick = set.GetRandom();
            counts[pick] = counts.GetValueOrDefault(pick) + 1;
        }
        int[] members = Enumerable.Range(0, 10).Select(i => 2 * i + 1).ToArray();
        string calls = "seed 99; Insert(0..19); Remove(0, 2, ..., 18); 50 000 GetRandom()";
        var given = Check.Given(calls, members).Hint(2);
        given.That(counts.Keys.All(members.Contains), "only current members are picked", counts);
        given.That(members.All(m => Math.Abs(counts.GetValueOrDefault(m) - 5_000) <= 400), "each member picked 5000 +- 400 times", counts);
    }

    private static int[] Picks(int seed)
    {
        var set = new RandomizedSet(seed);
        for (int v = 0; v < 10; v++) set.Insert(v * 11);
        set.Remove(33);
        return Enumerable.Range(0, 100).Select(_ => set.GetRandom()).ToArray();
    }

    [Fact]
    public void The_same_seed_gives_the_same_picks()
    {
        int seed = 77;
        Check.Given(seed).Hint(3).Equal(Picks(seed), Picks(seed));
    }

    [Fact]
    public void Different_seeds_give_different_picks()
    {
        // 100 picks among 9 members: two independent streams agreeing everywhere has probability 9^-100.
        int seedA = 1, seedB = 2;
        int[] first = Picks(seedA), second = Picks(seedB);
        Check.Given(seedA, seedB).Hint(3).That(!first.SequenceEqual(second), "the picks differ somewhere", second);
    }

    [Fact]
    public void Operations_are_O_1_on_a_large_set()
    {
        // 250 000 members, then 250 000 rounds of removing and re-inserting the most recently added one.
        // O(1) operations take a few tens of milliseconds in all; a Remove that scans (or shifts) the list
        // touches ~250 000 elements per call, ~6e10 in all.
        const int n = 250_000, rounds = 250_000;
        var set = new RandomizedSet(5);
        bool allOk = true;
        var given = Check.Given(n, rounds).Hint(2);
        given.Within(TimeSpan.FromSeconds(1.5), "O(1) per operation", () =>
        {
            for (int v = 0; v < n; v++) allOk &= set.Insert(v);
            for (int r = 0; r < rounds; r++) allOk &= set.Remove(n - 1) & set.Insert(n - 1);
        });
        given.That(allOk && set.Count == n, "every Insert and Remove returned true and Count is 250000", set.Count);
    }
}
