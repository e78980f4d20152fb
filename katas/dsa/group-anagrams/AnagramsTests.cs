using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class AnagramsTests
{
    [Fact]
    public void Worked_example_from_the_readme()
    {
        // Sorted characters: eat/tea/ate -> "aet", tan/nat -> "ant", bat -> "abt".
        string[] words = ["eat", "tea", "tan", "ate", "nat", "bat"];
        Check.Given(words).Hint(1).Equal(
            [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]], Anagrams.Group(words));
    }

    [Fact]
    public void Groups_follow_the_first_appearance_not_the_key()
    {
        // "zoo" comes first, so its group does, although its key "ooz" sorts after "abc".
        string[] words = ["zoo", "abc", "ooz", "cab", "ozo"];
        Check.Given(words).Hint(3).Equal([["zoo", "ooz", "ozo"], ["abc", "cab"]], Anagrams.Group(words));
    }

    [Fact]
    public void Words_inside_a_group_keep_input_order()
    {
        string[] words = ["tea", "eat", "ate"];
        Check.Given(words).Hint(3).Equal([["tea", "eat", "ate"]], Anagrams.Group(words));
    }

    [Fact]
    public void Character_counts_matter()
    {
        // aab has two a's and one b; abb and bab have one a and two b's.
        string[] words = ["aab", "abb", "bab"];
        Check.Given(words).Hint(2).Equal([["aab"], ["abb", "bab"]], Anagrams.Group(words));
    }

    [Fact]
    public void Equal_character_sums_are_not_enough()
    {
        // 'a' + 'd' = 97 + 100 = 197 = 98 + 99 = 'b' + 'c', but "ad" and "bc" share no character.
        string[] words = ["ad", "bc", "da"];
        Check.Given(words).Hint(2).Equal([["ad", "da"], ["bc"]], Anagrams.Group(words));
    }

    [Fact]
    public void Comparison_is_case_sensitive()
    {
        // Sorted ordinally: Listen -> "Leinst", Silent -> "Seilnt", listen/silent/enlist -> "eilnst".
        string[] words = ["Listen", "Silent", "listen", "silent", "enlist"];
        Check.Given(words).Hint(3).Equal([["Listen"], ["Silent"], ["listen", "silent", "enlist"]], Anagrams.Group(words));
    }

    [Fact]
    public void Every_character_counts_not_just_a_to_z()
    {
        // "a b" and "ba " both hold 'a', 'b', ' '; "ab" has no space. "1-2"/"2-1" share digits and
        // '-'; "été"/"tée" share 'é' twice and 't' once.
        string[] words = ["a b", "ba ", "ab", "1-2", "2-1", "\u00E9t\u00E9", "t\u00E9\u00E9"];
        Check.Given(words).Hint(2).Equal(
            [["a b", "ba "], ["ab"], ["1-2", "2-1"], ["\u00E9t\u00E9", "t\u00E9\u00E9"]], Anagrams.Group(words));
    }

    [Fact]
    public void No_normalisation()
    {
        // "é" precomposed (U+00E9) is one code unit; "e\u0301" (e + combining acute) is two.
        string[] words = ["\u00E9", "e\u0301", "\u0301e"];
        Check.Given(words).Hint(3).Equal([["\u00E9"], ["e\u0301", "\u0301e"]], Anagrams.Group(words));
    }

    [Fact]
    public void Repeated_words_are_all_kept()
    {
        string[] words = ["abc", "abc", "cba", "abc"];
        Check.Given(words).Hint(3).Equal([["abc", "abc", "cba", "abc"]], Anagrams.Group(words));
    }

    [Fact]
    public void Empty_strings_form_one_group()
    {
        string[] words = ["", "a", ""];
        Check.Given(words).Hint(1).Equal([["", ""], ["a"]], Anagrams.Group(words));
    }

    [Fact]
    public void No_words_give_no_groups()
    {
        string[] words = [];
        Check.Given(words).Hint(1).Equal([], Anagrams.Group(words));
    }

    [Fact]
    public void Null_input_is_rejected()
    {
        string[] words = null!;
        Check.Given(words).Throws<ArgumentNullException>(() => Anagrams.Group(words), "words");
    }

    [Fact]
    public void A_null_word_is_rejected()
    {
        string[] words = ["abc", null!, "cab"];
        Check.Given(words).Throws<ArgumentNullException>(() => Anagrams.Group(words), "words");
    }

    [Fact]
    public void Words_are_not_modified()
    {
        string[] words = ["eat", "tea", "tan", "ate", "nat", "bat"];
        Check.Given(words).Unchanged(() => Anagrams.Group(words));
    }
}
