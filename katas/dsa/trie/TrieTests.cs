using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class TrieTests
{
    private static Trie With(params string[] words)
    {
        var trie = new Trie();
        foreach (string word in words) trie.Insert(word);
        return trie;
    }

    private static readonly string[] Example = ["apple", "app", "banana", "apply"];

    [Fact]
    public void Worked_example_from_the_readme()
    {
        string[] inserted = Example;
        var trie = With(inserted);
        var given = Check.Given(inserted).Hint(2);
        given.Equal(true, trie.Contains("app"));
        given.Equal(false, trie.Contains("appl"));
        given.Equal(true, trie.StartsWith("appl"));
        given.Equal(false, trie.StartsWith("c"));
        given.Equal(["app", "apple", "apply"], trie.WithPrefix("app"));
        given.Equal(["app", "apple", "apply", "banana"], trie.WithPrefix(""));
        given.Equal([], trie.WithPrefix("cat"));
    }

    [Fact]
    public void A_prefix_of_a_word_is_not_a_word()
    {
        string[] inserted = ["apple"];
        var trie = With(inserted);
        var given = Check.Given(inserted).Hint(2);
        given.Equal(false, trie.Contains("app"));
        given.Equal(false, trie.Contains("a"));
        given.Equal(true, trie.StartsWith("app"));
        given.Equal(true, trie.StartsWith("apple"));   // a word is a prefix of itself
        given.Equal(["apple"], trie.WithPrefix("apple"));
    }

    [Fact]
    public void Strings_longer_than_any_word_are_absent()
    {
        string[] inserted = ["apple"];
        var trie = With(inserted);
        var given = Check.Given(inserted).Hint(1);
        given.Equal(false, trie.Contains("apples"));
        given.Equal(false, trie.StartsWith("apples"));
        given.Equal([], trie.WithPrefix("apples"));
    }

    [Fact]
    public void Words_are_sorted_ordinally_by_UTF16_code_unit()
    {
        // Ordinal order compares char codes: 'A' 0x41 < 'B' 0x42 < '_' 0x5F < 'a' 0x61 < 'b' 0x62
        // < 'ä' 0xE4 < the high surrogate 0xD83D of 😀 < 'Ａ' (fullwidth A) 0xFF21; '-' 0x2D < 'a'
        // puts "a-b" before "aa"; and "a" comes before its extensions. Culture-aware sorting
        // puts "a" before "B" and ignores the hyphen; code-point order puts Ａ (U+FF21) before 😀
        // (U+1F600). Neither is ordinal.
        string[] inserted = ["b", "\u00E4", "aa", "B", "_", "ab", "a", "A", "\uFF21", "\U0001F600", "a-b"];
        var trie = With(inserted);
        Check.Given(inserted).Hint(3).Equal(
            ["A", "B", "_", "a", "a-b", "aa", "ab", "b", "\u00E4", "\U0001F600", "\uFF21"], trie.WithPrefix(""));
    }

    [Fact]
    public void A_word_comes_before_its_extensions()
    {
        // Inserted longest first; ordinal order is the shorter prefix first.
        string[] inserted = ["carton", "cart", "car", "care", "ca"];
        var trie = With(inserted);
        Check.Given(inserted).Hint(3).Equal(["car", "care", "cart", "carton"], trie.WithPrefix("car"));
    }

    [Fact]
    public void Comparison_is_case_sensitive()
    {
        string[] inserted = ["Apple"];
        var trie = With(inserted);
        var given = Check.Given(inserted).Hint(1);
        given.Equal(false, trie.Contains("apple"));
        given.Equal(true, trie.StartsWith("A"));
        given.Equal(false, trie.StartsWith("a"));
        given.Equal([], trie.WithPrefix("a"));
    }

    [Fact]
    public void A_word_inserted_twice_is_listed_once()
    {
        string[] inserted = ["to", "tea", "to", "ten", "tea", "to"];
        var trie = With(inserted);
        var given = Check.Given(inserted).Hint(3);
        given.Equal(["tea", "ten", "to"], trie.WithPrefix("t"));
        given.Equal(true, trie.Contains("to"));
    }

    [Fact]
    public void An_empty_trie_holds_nothing()
    {
        string[] inserted = [];
        var trie = With(inserted);
        var given = Check.Given(inserted).Hint(2);
        given.Equal(false, trie.StartsWith(""));
        given.Equal(false, trie.Contains(""));
        given.Equal(false, trie.StartsWith("a"));
        given.Equal([], trie.WithPrefix(""));
    }

    [Fact]
    public void Every_word_starts_with_the_empty_prefix()
    {
        string[] inserted = ["zebra"];
        var trie = With(inserted);
        var given = Check.Given(inserted).Hint(2);
        given.Equal(true, trie.StartsWith(""));
        given.Equal(false, trie.Contains(""));   // the empty word itself was not inserted
        given.Equal(["zebra"], trie.WithPrefix(""));
    }

    [Fact]
    public void The_empty_word_can_be_stored()
    {
        string[] inserted = [""];
        var trie = With(inserted);
        var given = Check.Given(inserted).Hint(2);
        given.Equal(true, trie.Contains(""));
        given.Equal(true, trie.StartsWith(""));
        given.Equal(false, trie.StartsWith("a"));
        given.Equal([""], trie.WithPrefix(""));
        given.Equal([], trie.WithPrefix("a"));
    }

    [Fact]
    public void The_empty_word_is_listed_first()
    {
        string[] inserted = ["b", "", "a"];
        var trie = With(inserted);
        Check.Given(inserted).Hint(3).Equal(["", "a", "b"], trie.WithPrefix(""));
    }

    [Fact]
    public void Later_inserts_show_up_in_later_queries()
    {
        var trie = With("dog");
        string[] inserted = ["dog", "do"];
        var given = Check.Given(inserted).Hint(2);
        given.Equal(false, trie.Contains("do"));
        trie.Insert("do");
        given.Equal(true, trie.Contains("do"));
        given.Equal(["do", "dog"], trie.WithPrefix("d"));
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        var trie = With("word");
        string text = null!;
        var given = Check.Given(text);
        given.Throws<ArgumentNullException>(() => trie.Insert(text), "word");
        given.Throws<ArgumentNullException>(() => trie.Contains(text), "word");
        given.Throws<ArgumentNullException>(() => trie.StartsWith(text), "prefix");
        given.Throws<ArgumentNullException>(() => trie.WithPrefix(text), "prefix");
    }
}
