using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class KnapsackTests
{
    // Cases from exercism/problem-specifications, exercises/knapsack/canonical-data.json (MIT),
    // copied in /work/shared/peer-tests/exercism/knapsack.json. The expected values are theirs.
    public static TheoryData<string, int, (int Weight, int Value)[], int> Exercism => new()
    {
        { "no items", 100, [], 0 },
        { "one item, too heavy", 10, [(100, 1)], 0 },
        { "five items (cannot be greedy by weight)", 10, [(2, 5), (2, 5), (2, 5), (2, 5), (10, 21)], 21 },
        { "five items (cannot be greedy by value)", 10, [(2, 20), (2, 20), (2, 20), (2, 20), (10, 50)], 80 },
        { "example knapsack", 10, [(5, 10), (4, 40), (6, 30), (4, 50)], 90 },
        { "8 items", 104, [(25, 350), (35, 400), (45, 450), (5, 20), (25, 70), (3, 8), (2, 5), (2, 5)], 900 },
        { "15 items", 750,
            [(70, 135), (73, 139), (77, 149), (80, 150), (82, 156), (87, 163), (90, 173), (94, 184),
             (98, 192), (106, 201), (110, 210), (113, 214), (115, 221), (118, 229), (120, 240)], 1458 },
    };

    [Theory]
    [MemberData(nameof(Exercism))]
    public void Exercism_canonical_cases(string description, int capacity, (int Weight, int Value)[] items, int expected)
    {
        Check.Given(description, capacity, items).Hint(1).Equal(expected, Knapsack.MaxValue(capacity, items));
    }

    [Fact]
    public void Worked_example_from_the_readme()
    {
        // Pairs that fit in 10: (4,40)+(4,50) = weight 8, value 90; (4,50)+(6,30) = 10, 80;
        // (4,40)+(6,30) = 10, 70; (5,10)+(4,50) = 9, 60. No three items fit (lightest three weigh 13).
        int capacity = 10;
        (int Weight, int Value)[] items = [(5, 10), (4, 40), (6, 30), (4, 50)];
        Check.Given(capacity, items).Hint(1).Equal(90, Knapsack.MaxValue(capacity, items));
    }

    [Fact]
    public void An_item_that_exactly_fills_the_bag_fits()
    {
        // Weight 7 = capacity 7, so it fits: value 9. The (3, 4) item alone is worth less.
        int capacity = 7;
        (int Weight, int Value)[] items = [(7, 9), (3, 4)];
        Check.Given(capacity, items).Hint(2).Equal(9, Knapsack.MaxValue(capacity, items));
    }

    [Fact]
    public void Exact_fits_count_when_combining_items()
    {
        // (3, 4) + (4, 5) weigh exactly 7: value 9; either alone is worth at most 5.
        int capacity = 7;
        (int Weight, int Value)[] items = [(3, 4), (4, 5)];
        Check.Given(capacity, items).Hint(2).Equal(9, Knapsack.MaxValue(capacity, items));
    }

    [Fact]
    public void Each_item_is_taken_at_most_once()
    {
        // (3, 5) would fit three times in 10 (value 15), but there is only one of it.
        int capacity = 10;
        (int Weight, int Value)[] items = [(3, 5)];
        Check.Given(capacity, items).Hint(3).Equal(5, Knapsack.MaxValue(capacity, items));
    }

    [Fact]
    public void Each_item_is_taken_at_most_once_among_several()
    {
        // Both items together weigh 2 + 5 = 7 <= 10: value 3 + 4 = 7. Reusing (2, 3) five
        // times would give 15, and 3 x (2, 3) + nothing else 9: neither is allowed.
        int capacity = 10;
        (int Weight, int Value)[] items = [(2, 3), (5, 4)];
        Check.Given(capacity, items).Hint(3).Equal(7, Knapsack.MaxValue(capacity, items));
    }

    [Fact]
    public void Weightless_items_always_fit_even_with_no_capacity()
    {
        // Capacity 0: the two weight-0 items fit (5 + 2 = 7); (1, 10) does not.
        int capacity = 0;
        (int Weight, int Value)[] items = [(0, 5), (1, 10), (0, 2)];
        Check.Given(capacity, items).Hint(2).Equal(7, Knapsack.MaxValue(capacity, items));
    }

    [Fact]
    public void Weightless_items_are_added_on_top_of_the_best_packing()
    {
        // Capacity 4: (4, 6) fills it; the weight-0 item adds 1 and is taken once: 7.
        int capacity = 4;
        (int Weight, int Value)[] items = [(0, 1), (4, 6), (2, 2)];
        Check.Given(capacity, items).Hint(3).Equal(7, Knapsack.MaxValue(capacity, items));
    }

    [Fact]
    public void Zero_capacity_holds_nothing_heavy()
    {
        // Every item weighs at least 1 > 0, so nothing fits.
        int capacity = 0;
        (int Weight, int Value)[] items = [(1, 10), (2, 20)];
        Check.Given(capacity, items).Hint(1).Equal(0, Knapsack.MaxValue(capacity, items));
    }

    [Fact]
    public void Negative_capacity_is_rejected()
    {
        int capacity = -1;
        (int Weight, int Value)[] items = [(1, 10)];
        Check.Given(capacity, items).Throws<ArgumentOutOfRangeException>(() => Knapsack.MaxValue(capacity, items), "capacity");
    }

    [Fact]
    public void Negative_weight_is_rejected()
    {
        int capacity = 10;
        (int Weight, int Value)[] items = [(2, 3), (-1, 4)];
        Check.Given(capacity, items).Throws<ArgumentException>(() => Knapsack.MaxValue(capacity, items), "items");
    }

    [Fact]
    public void Negative_value_is_rejected()
    {
        int capacity = 10;
        (int Weight, int Value)[] items = [(2, 3), (1, -4)];
        Check.Given(capacity, items).Throws<ArgumentException>(() => Knapsack.MaxValue(capacity, items), "items");
    }

    [Fact]
    public void Null_items_are_rejected()
    {
        int capacity = 10;
        (int Weight, int Value)[] items = null!;
        Check.Given(capacity, items).Throws<ArgumentNullException>(() => Knapsack.MaxValue(capacity, items), "items");
    }

    [Fact]
    public void Items_are_not_modified()
    {
        int capacity = 10;
        (int Weight, int Value)[] items = [(5, 10), (4, 40), (6, 30), (4, 50), (2, 5)];
        Check.Given(capacity, items).Unchanged(() => Knapsack.MaxValue(capacity, items));
    }

    [Fact]
    public void Thirty_items_are_solved_without_trying_every_subset()
    {
        // Items (w, w) for w = 1..30 and capacity 232: the value of a packing equals its weight,
        // and every total from 0 to 1 + 2 + ... + 30 = 465 is some subset's sum, so the best is
        // exactly 232. The table needs 30 x 233 steps; trying subsets visits about 2^29.
        var items = Enumerable.Range(1, 30).Select(w => (Weight: w, Value: w)).ToArray();
        int capacity = 232, result = -1;
        var given = Check.Given(capacity, items).Hint(2);
        given.Within(TimeSpan.FromSeconds(1), "O(n * capacity)", () => result = Knapsack.MaxValue(capacity, items));
        given.Equal(232, result);
    }
}
