using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class PopularityBaselineTests
{
    // Worked example from README.md. Counting rows per item:
    // item 10: users 1, 2, 3 -> 3;  item 20: users 1, 3, 5 -> 3;  item 30: users 2, 4 -> 2;  item 40: user 4 -> 1.
    private static (int User, int Item)[] Example =>
        [(1, 10), (1, 20), (2, 10), (2, 30), (3, 10), (3, 20), (4, 40), (4, 30), (5, 20)];

    [Fact]
    public void Recommends_the_most_popular_items_the_user_does_not_have()
    {
        var interactions = Example;
        // User 4 has 40 and 30; the candidates are 10 (3) and 20 (3), a tie -> lower id first.
        int user = 4, k = 2;
        Check.Given(interactions, user, k).Hint(1).Equal([10, 20], PopularityBaseline.Recommend(interactions, user, k));
    }

    [Fact]
    public void Fewer_candidates_than_k_returns_all_of_them()
    {
        var interactions = Example;
        // User 1 has 10 and 20; only 30 (2) and 40 (1) remain.
        int user = 1, k = 3;
        Check.Given(interactions, user, k).Hint(1).Equal([30, 40], PopularityBaseline.Recommend(interactions, user, k));
    }

    [Fact]
    public void A_user_without_interactions_gets_the_global_top_k()
    {
        var interactions = Example;
        // Nothing to exclude: 10 (3), 20 (3), 30 (2), 40 (1) -> the first three.
        int user = 99, k = 3;
        Check.Given(interactions, user, k).Hint(1).Equal([10, 20, 30], PopularityBaseline.Recommend(interactions, user, k));
    }

    [Fact]
    public void Every_row_counts_including_repeats_by_the_same_user()
    {
        // Item 50: three rows (all user 1) -> 3.  Item 60: two rows (users 2 and 3) -> 2.
        // Counting distinct users instead would rank 60 (2 users) above 50 (1 user).
        (int User, int Item)[] interactions = [(1, 50), (1, 50), (1, 50), (2, 60), (3, 60)];
        int user = 9, k = 1;
        Check.Given(interactions, user, k).Hint(2).Equal([50], PopularityBaseline.Recommend(interactions, user, k));
    }

    [Fact]
    public void Equal_counts_go_to_the_lower_item_id_not_the_first_seen()
    {
        // Every item occurs once; they appear in the order 7, 3, 5 but ids rank 3, 5, 7.
        (int User, int Item)[] interactions = [(1, 7), (2, 3), (3, 5)];
        int user = 0, k = 3;
        Check.Given(interactions, user, k).Hint(2).Equal([3, 5, 7], PopularityBaseline.Recommend(interactions, user, k));
    }

    [Fact]
    public void A_tie_at_the_cut_off_keeps_the_lower_ids()
    {
        // Items 9, 4, 6 and 2 each occur twice, item 1 once. The top two by count are all tied,
        // so the lowest ids win: 2 and 4 (not the first seen, 9 and 4).
        (int User, int Item)[] interactions =
            [(1, 9), (2, 9), (1, 4), (2, 4), (1, 6), (2, 6), (1, 2), (2, 2), (3, 1)];
        int user = 5, k = 2;
        Check.Given(interactions, user, k).Hint(2).Equal([2, 4], PopularityBaseline.Recommend(interactions, user, k));
    }

    [Fact]
    public void Negative_item_ids_are_ordinary_ids()
    {
        // -5 and 3 occur once each: the tie goes to the lower id, -5.
        (int User, int Item)[] interactions = [(1, 3), (2, -5)];
        int user = 0, k = 2;
        Check.Given(interactions, user, k).Hint(2).Equal([-5, 3], PopularityBaseline.Recommend(interactions, user, k));
    }

    [Fact]
    public void The_users_items_are_excluded_before_cutting_to_k()
    {
        // Counts: 1 -> 4, 2 -> 3, 3 -> 2, 4 -> 1. User 7 has the two most popular items (1 and 2),
        // so k = 2 must still return two items: 3 and 4. Cutting to the global top 2 first leaves nothing.
        (int User, int Item)[] interactions =
            [(7, 1), (8, 1), (9, 1), (10, 1), (7, 2), (8, 2), (9, 2), (8, 3), (9, 3), (10, 4)];
        int user = 7, k = 2;
        Check.Given(interactions, user, k).Hint(2).Equal([3, 4], PopularityBaseline.Recommend(interactions, user, k));
    }

    [Fact]
    public void A_user_who_has_everything_gets_nothing()
    {
        (int User, int Item)[] interactions = [(1, 10), (1, 20), (2, 10)];
        int user = 1, k = 5;
        Check.Given(interactions, user, k).Hint(1).Equal([], PopularityBaseline.Recommend(interactions, user, k));
    }

    [Fact]
    public void No_interactions_gives_an_empty_answer()
    {
        (int User, int Item)[] interactions = [];
        int user = 1, k = 3;
        Check.Given(interactions, user, k).Hint(1).Equal([], PopularityBaseline.Recommend(interactions, user, k));
    }

    [Fact]
    public void A_huge_k_returns_every_candidate_without_allocating_k_slots()
    {
        var interactions = Example;
        // User 5 has 20: the others rank 10 (3), 30 (2), 40 (1).
        int user = 5, k = int.MaxValue;
        Check.Given(interactions, user, k).Hint(3).Equal([10, 30, 40], PopularityBaseline.Recommend(interactions, user, k));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void K_below_one_is_rejected(int k)
    {
        var interactions = Example;
        int user = 1;
        Check.Given(interactions, user, k).Throws<ArgumentOutOfRangeException>(() => PopularityBaseline.Recommend(interactions, user, k), "k");
    }

    [Fact]
    public void K_is_checked_even_without_interactions()
    {
        (int User, int Item)[] interactions = [];
        int user = 1, k = 0;
        Check.Given(interactions, user, k).Throws<ArgumentOutOfRangeException>(() => PopularityBaseline.Recommend(interactions, user, k), "k");
    }

    [Fact]
    public void Null_interactions_are_rejected()
    {
        (int User, int Item)[] interactions = null!;
        int user = 1, k = 3;
        Check.Given(interactions, user, k).Throws<ArgumentNullException>(() => PopularityBaseline.Recommend(interactions, user, k), "interactions");
    }

    [Fact]
    public void Interactions_are_not_modified()
    {
        // Rows deliberately out of item order, so sorting them in place would show.
        (int User, int Item)[] interactions = [(3, 30), (1, 10), (2, 20), (1, 30), (4, 10), (2, 10)];
        int user = 1, k = 2;
        Check.Given(interactions, user, k).Unchanged(() => PopularityBaseline.Recommend(interactions, user, k));
    }
}
