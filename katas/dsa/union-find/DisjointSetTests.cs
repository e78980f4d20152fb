using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class DisjointSetTests
{
    [Fact]
    public void Worked_example_from_the_readme()
    {
        var sets = new DisjointSet(5);
        string setup = "new DisjointSet(5), then the README example step by step";
        var given = Check.Given(setup).Hint(1);
        given.Equal(5, sets.Components);
        given.Equal(true, sets.Union(0, 1));
        given.Equal(4, sets.Components);
        given.Equal(true, sets.Union(3, 4));
        given.Equal(3, sets.Components);
        given.Equal(true, sets.Union(1, 4));
        given.Equal(2, sets.Components);
        given.Equal(false, sets.Union(0, 3));
        given.Equal(2, sets.Components);
        given.Equal(sets.Find(0), sets.Find(4));
        given.Equal(2, sets.Find(2));
    }

    [Fact]
    public void Every_element_starts_as_its_own_representative()
    {
        // A singleton set's representative can only be its one element.
        var sets = new DisjointSet(4);
        string setup = "new DisjointSet(4)";
        var given = Check.Given(setup).Hint(1);
        for (int x = 0; x < 4; x++) given.Equal(x, sets.Find(x));
        given.Equal(4, sets.Components);
    }

    [Fact]
    public void Joining_is_transitive()
    {
        // 0-1 and 2-3 are joined, then 1-3: all four share one representative; 4 and 5 stay apart.
        var sets = new DisjointSet(6);
        sets.Union(0, 1);
        sets.Union(2, 3);
        sets.Union(1, 3);
        string setup = "new DisjointSet(6); Union(0, 1); Union(2, 3); Union(1, 3)";
        var given = Check.Given(setup).Hint(1);
        int root = sets.Find(0);
        given.Equal(root, sets.Find(1));
        given.Equal(root, sets.Find(2));
        given.Equal(root, sets.Find(3));
        given.That(sets.Find(4) != root && sets.Find(5) != root && sets.Find(4) != sets.Find(5), "4 and 5 in sets of their own", (sets.Find(4), sets.Find(5), root));
        given.Equal(3, sets.Components);
    }

    [Fact]
    public void Union_of_joined_elements_returns_false_and_changes_nothing()
    {
        var sets = new DisjointSet(3);
        string setup = "new DisjointSet(3)";
        var given = Check.Given(setup).Hint(3);
        given.Equal(false, sets.Union(1, 1));
        given.Equal(3, sets.Components);
        given.Equal(true, sets.Union(0, 2));
        given.Equal(false, sets.Union(2, 0));
        given.Equal(false, sets.Union(0, 2));
        given.Equal(2, sets.Components);
    }

    [Fact]
    public void A_singleton_joins_under_the_larger_sets_representative()
    {
        // {0, 1, 2, 3} is built as a star: after Union(0, 1), 2 and 3 join a one-level tree, so
        // it has rank 1 and size 4, and every member except the root is a leaf. Whatever the root
        // is, union by rank or by size keeps it as the root when a singleton (rank 0, size 1)
        // joins through a leaf, whichever argument comes first.
        var sets = new DisjointSet(6);
        sets.Union(0, 1);
        sets.Union(0, 2);
        sets.Union(0, 3);
        int root = sets.Find(0);
        int leaf = new[] { 0, 1, 2, 3 }.First(m => m != root);
        string setup = "new DisjointSet(6); Union(0, 1); Union(0, 2); Union(0, 3)";
        var given = Check.Given(setup, root, leaf).Hint(2);
        sets.Union(4, leaf);
        given.Equal(root, sets.Find(4));
        sets.Union(leaf, 5);
        given.Equal(root, sets.Find(5));
        given.Equal(root, sets.Find(leaf));
    }

    [Fact]
    public void A_lower_tree_joins_under_the_higher_trees_representative()
    {
        // Union(0, 1), Union(2, 3), Union(0, 2) joins two rank-1 pairs: rank 2, size 4.
        // The pairs {4, 5} and {6, 7} have rank 1 and size 2, so by rank or by size the
        // four-element tree's root stays the root, whichever argument comes first.
        var sets = new DisjointSet(8);
        sets.Union(0, 1);
        sets.Union(2, 3);
        sets.Union(0, 2);
        sets.Union(4, 5);
        sets.Union(6, 7);
        int root = sets.Find(0);
        string setup = "new DisjointSet(8); Union(0, 1); Union(2, 3); Union(0, 2); Union(4, 5); Union(6, 7)";
        var given = Check.Given(setup, root).Hint(2);
        sets.Union(5, 3);
        given.Equal(root, sets.Find(4));
        sets.Union(1, 6);
        given.Equal(root, sets.Find(7));
        given.Equal(1, sets.Components);
    }

    [Fact]
    public void Equal_sets_still_merge_into_one()
    {
        // Two pairs of the same rank: either root may win, but all four end up together.
        var sets = new DisjointSet(4);
        sets.Union(0, 1);
        sets.Union(2, 3);
        string setup = "new DisjointSet(4); Union(0, 1); Union(2, 3)";
        var given = Check.Given(setup).Hint(2);
        given.Equal(true, sets.Union(1, 3));
        int root = sets.Find(0);
        given.That(root is >= 0 and <= 3, "a representative among 0..3", root);
        for (int x = 1; x < 4; x++) given.Equal(root, sets.Find(x));
        given.Equal(1, sets.Components);
    }

    [Fact]
    public void Zero_elements_are_allowed()
    {
        var sets = new DisjointSet(0);
        string setup = "new DisjointSet(0)";
        var given = Check.Given(setup);
        given.Equal(0, sets.Components);
        given.Throws<ArgumentOutOfRangeException>(() => sets.Find(0), "x");
    }

    [Fact]
    public void Negative_size_is_rejected()
    {
        int n = -1;
        Check.Given(n).Throws<ArgumentOutOfRangeException>(() => new DisjointSet(n), "n");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void Elements_outside_the_range_are_rejected(int outside)
    {
        var sets = new DisjointSet(5);
        string setup = "new DisjointSet(5)";
        var given = Check.Given(setup, outside);
        given.Throws<ArgumentOutOfRangeException>(() => sets.Find(outside), "x");
        given.Throws<ArgumentOutOfRangeException>(() => sets.Union(outside, 0), "a");
        given.Throws<ArgumentOutOfRangeException>(() => sets.Union(0, outside), "b");
        given.Equal(5, sets.Components);
    }

    [Fact]
    public void Long_chains_stay_fast()
    {
        // Two chains of 50,000: Union(i, i + 1) on 0..49,999 and Union(i + 1, i) on 50,000..99,999,
        // so whichever root a careless Union hangs under the other, one of them is a path of
        // 50,000 nodes. Then 50,000 rounds of Find(0) and Find(50,000): without rank and
        // compression that is 2.5 x 10^9 steps; with them, about 300,000.
        const int half = 50_000;
        var sets = new DisjointSet(2 * half);
        int components = -1;
        bool firstJoined = false, secondJoined = false, apart = false;
        var given = Check.Given(half).Hint(3);
        given.Within(TimeSpan.FromSeconds(1), "O(α(n)) per operation", () =>
        {
            for (int i = 0; i + 1 < half; i++) sets.Union(i, i + 1);
            for (int i = half; i + 1 < 2 * half; i++) sets.Union(i + 1, i);
            for (int round = 0; round < half; round++)
            {
                sets.Find(0);
                sets.Find(half);
            }
            components = sets.Components;
            firstJoined = sets.Find(0) == sets.Find(half - 1);
            secondJoined = sets.Find(half) == sets.Find(2 * half - 1);
            apart = sets.Find(0) != sets.Find(half);
        });
        given.Equal(2, components);
        given.That(firstJoined && secondJoined && apart, "0..49,999 in one set and 50,000..99,999 in another", (firstJoined, secondJoined, apart));
    }
}
