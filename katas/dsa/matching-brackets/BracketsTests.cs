using System.Text;
using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class BracketsTests
{
    // Cases from exercism/problem-specifications, exercises/matching-brackets/canonical-data.json
    // (MIT licence), property isPaired, unchanged.
    [Theory]
    [InlineData("[]", true)]                                   // paired square brackets
    [InlineData("", true)]                                     // empty string
    [InlineData("[[", false)]                                  // unpaired brackets
    [InlineData("}{", false)]                                  // wrong ordered brackets
    [InlineData("{]", false)]                                  // wrong closing bracket
    [InlineData("{ }", true)]                                  // paired with whitespace
    [InlineData("{[])", false)]                                // partially paired brackets
    [InlineData("{[]}", true)]                                 // simple nested brackets
    [InlineData("{}[]", true)]                                 // several paired brackets
    [InlineData("([{}({}[])])", true)]                         // paired and nested brackets
    [InlineData("{[)][]}", false)]                             // unopened closing brackets
    [InlineData("([{])", false)]                               // unpaired and nested brackets
    [InlineData("[({]})", false)]                              // paired and wrong nested brackets
    [InlineData("[({}])", false)]                              // ... but innermost are correct
    [InlineData("{}[", false)]                                 // paired and incomplete brackets
    [InlineData("[]]", false)]                                 // too many closing brackets
    [InlineData(")()", false)]                                 // early unexpected brackets
    [InlineData("{)()", false)]                                // early mismatched brackets
    [InlineData("(((185 + 223.85) * 15) - 543)/2", true)]      // math expression
    [InlineData("\\left(\\begin{array}{cc} \\frac{1}{3} & x\\\\ \\mathrm{e}^{x} &... x^2 \\end{array}\\right)", true)] // complex latex expression
    public void Exercism_canonical_cases(string text, bool expected)
    {
        Check.Given(text).Hint(1).Equal(expected, Brackets.IsBalanced(text));
    }

    [Theory]
    [InlineData("([)]", false)]      // ( [ ) ]: the ) arrives while [ is the innermost open bracket
    [InlineData("{(})", false)]      // same crossing with braces
    [InlineData("[(])", false)]
    [InlineData("([])", true)]       // [] inside ()
    [InlineData("()[]{}", true)]     // three pairs side by side
    [InlineData("{[()()]}", true)]   // two () inside [] inside {}
    public void Pairs_must_nest_and_never_cross(string text, bool expected)
    {
        // Each count of openers equals its count of closers here, so only the order decides.
        Check.Given(text).Hint(2).Equal(expected, Brackets.IsBalanced(text));
    }

    [Theory]
    [InlineData("(")]
    [InlineData("((")]
    [InlineData("(()")]              // the first ( is never closed
    [InlineData("{[]")]
    [InlineData("x = f(a[0]")]
    public void An_opener_left_open_is_unbalanced(string text)
    {
        Check.Given(text).Hint(2).Equal(false, Brackets.IsBalanced(text));
    }

    [Theory]
    [InlineData(")")]
    [InlineData("]")]
    [InlineData("}")]
    [InlineData(")(")]               // closes before anything is open
    [InlineData("())(")]             // balanced prefix, then a closer with nothing open
    [InlineData("a]b")]
    public void A_closer_with_nothing_open_is_unbalanced(string text)
    {
        Check.Given(text).Hint(2).Equal(false, Brackets.IsBalanced(text));
    }

    [Theory]
    [InlineData("abc", true)]                   // no brackets at all
    [InlineData("a(b[c]{d}e)f", true)]          // letters between brackets are skipped
    [InlineData("<(>)", true)]                  // < and > are not brackets: only ( ) remain
    [InlineData("<)", false)]                   // only ) remains
    [InlineData("(']')", false)]                // quotes do not protect: ( ] ) remains
    [InlineData("\"(\"", false)]                // only ( remains
    [InlineData("f(x) → [y] ✓ {z}", true)]      // non-ASCII characters are skipped too
    [InlineData("\t(\n)\r\n", true)]
    public void Every_other_character_is_ignored(string text, bool expected)
    {
        Check.Given(text).Hint(3).Equal(expected, Brackets.IsBalanced(text));
    }

    [Fact]
    public void A_null_text_is_rejected()
    {
        string? text = null;
        Check.Given(text).Throws<ArgumentNullException>(() => Brackets.IsBalanced(text!), "text");
    }

    [Fact]
    public void Deeply_nested_texts_are_checked_in_linear_time()
    {
        // Five texts of 20,000 openers cycling ( [ { followed by their closers in reverse order:
        // balanced by construction, nesting depth 20,000. One pass costs 40,000 steps per text;
        // deleting innermost pairs with Replace until nothing changes needs ~20,000 / 3 rounds of
        // ~40,000-character rescans per text: over a thousand times more work.
        const int depth = 20_000, texts = 5;
        var builder = new StringBuilder(2 * depth);
        for (int i = 0; i < depth; i++) builder.Append("([{"[i % 3]);
        for (int i = depth - 1; i >= 0; i--) builder.Append(")]}"[i % 3]);
        string text = builder.ToString();

        var results = new bool[texts];
        var checkOver = new CancellationTokenSource();   // stops a slow solution once it has failed
        try
        {
            Check.Given(text).Hint(3).Within(TimeSpan.FromSeconds(1), "O(n)", () =>
            {
                for (int t = 0; t < texts && !checkOver.IsCancellationRequested; t++)
                    results[t] = Brackets.IsBalanced(text);
            });
        }
        finally
        {
            checkOver.Cancel();
        }
        Check.Given(text).Hint(2).Equal(true, results.All(balanced => balanced));
    }
}
