using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class EditDistanceTests
{
    // kitten/sitting and flaw/lawn are the examples of Wikipedia's "Levenshtein distance" article.
    [Theory]
    [InlineData("kitten", "sitting", 3)]   // k->s, e->i, insert g
    [InlineData("flaw", "lawn", 2)]        // delete f, insert n; one edit cannot fix both ends
    [InlineData("sunday", "saturday", 3)]  // insert a, insert t (two inserts for the length), n->r
    [InlineData("abcdef", "azced", 3)]     // b->z, delete d, f->d. Two edits would be the one delete the
                                           // lengths need plus one substitution, but every 5-letter
                                           // deletion of abcdef differs from azced in 2+ places.
    public void Classic_examples(string a, string b, int expected)
    {
        Check.Given(a, b).Hint(2).Equal(expected, EditDistance.Levenshtein(a, b));
    }

    [Fact]
    public void Equal_strings_are_at_distance_zero()
    {
        // No edit needed.
        string a = "distance", b = "distance";
        Check.Given(a, b).Hint(2).Equal(0, EditDistance.Levenshtein(a, b));
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]    // three inserts
    [InlineData("abcd", "", 4)]   // four deletes
    public void The_empty_string_is_as_far_as_the_other_length(string a, string b, int expected)
    {
        Check.Given(a, b).Hint(2).Equal(expected, EditDistance.Levenshtein(a, b));
    }

    [Fact]
    public void Prefixes_and_suffixes_cost_their_length()
    {
        // "abc" -> "xyabc": insert x and y at the front. Matching a prefix of b is not free.
        string a = "abc", b = "xyabc";
        Check.Given(a, b).Hint(2).Equal(2, EditDistance.Levenshtein(a, b));
    }

    [Theory]
    [InlineData("ab", "ba", 2)]       // substitute both (or delete + insert); a swap is not an edit here
    [InlineData("abcd", "acbd", 2)]   // b<->c swapped: two substitutions
    public void Swapping_neighbours_costs_two(string a, string b, int expected)
    {
        Check.Given(a, b).Hint(3).Equal(expected, EditDistance.Levenshtein(a, b));
    }

    [Theory]
    [InlineData("kitten", "sitting")]
    [InlineData("", "xyz")]
    [InlineData("abcdef", "azced")]
    public void Distance_is_symmetric(string a, string b)
    {
        Check.Given(a, b).Hint(2).Equal(EditDistance.Levenshtein(b, a), EditDistance.Levenshtein(a, b));
    }

    [Theory]
    [InlineData("Apple", "apple", 1)]    // 'A' and 'a' are different chars
    [InlineData("HELLO", "hello", 5)]    // same length, all five chars differ: five substitutions
    public void Comparison_is_case_sensitive(string a, string b, int expected)
    {
        Check.Given(a, b).Hint(3).Equal(expected, EditDistance.Levenshtein(a, b));
    }

    [Theory]
    [InlineData("\U0001F600", "\U0001F601", 1)]  // 😀 and 😁 share the high surrogate D83D; only the low one differs
    [InlineData("\U0001F600", "", 2)]            // one emoji is two UTF-16 code units
    [InlineData("e\u0301", "\u00E9", 2)]         // e + combining acute vs precomposed é: no normalisation
    public void Characters_are_UTF16_code_units(string a, string b, int expected)
    {
        Check.Given(a, b).Hint(3).Equal(expected, EditDistance.Levenshtein(a, b));
    }

    [Fact]
    public void Null_strings_are_rejected()
    {
        string a = "abc", b = null!;
        var given = Check.Given(a, b);
        given.Throws<ArgumentNullException>(() => EditDistance.Levenshtein(a, b), "b");
        given.Throws<ArgumentNullException>(() => EditDistance.Levenshtein(b, a), "a");
    }

    [Fact]
    public void Prefix_pairs_are_solved_once_not_exponentially_often()
    {
        // No character is shared, so each of b's 13 characters needs its own insert or
        // substitution: at least 13, and 12 substitutions + 1 insert reach it. The table has
        // 13 x 14 cells; recursion without memory makes about 9 x 10^8 calls.
        string a = "abcdefghijkl", b = "mnopqrstuvwxy";
        int result = -1;
        var given = Check.Given(a, b).Hint(2);
        given.Within(TimeSpan.FromSeconds(1), "O(m * n)", () => result = EditDistance.Levenshtein(a, b));
        given.Equal(13, result);
    }
}
