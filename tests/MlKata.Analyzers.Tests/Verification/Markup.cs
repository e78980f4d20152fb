using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace MlKata.Analyzers.Tests.Verification;

/// <summary>An expected diagnostic: its ID (null: the analyzer's only rule) and its span.</summary>
public sealed record ExpectedDiagnostic(string? Id, TextSpan Span);

/// <summary>
/// The markup of Microsoft.CodeAnalysis.Testing, read here: <c>[|code|]</c> marks a diagnostic of
/// the analyzer's only rule, <c>{|MLK1001:code|}</c> one of a named rule; markers may nest.
/// </summary>
public static class Markup
{
    public static (string Source, List<ExpectedDiagnostic> Expected) Parse(string markup)
    {
        var source = new StringBuilder(markup.Length);
        var expected = new List<ExpectedDiagnostic>();
        var open = new Stack<(string? Id, int Start, char Closer)>();
        for (int i = 0; i < markup.Length; i++)
        {
            if (Starts(markup, i, "[|"))
            {
                open.Push((null, source.Length, ']'));
                i++;
            }
            else if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|' && TryReadId(markup, i + 2, out var named, out int after))
            {
                open.Push((named, source.Length, '}'));
                i = after - 1;
            }
            else if (open.Count > 0 && Starts(markup, i, "|" + open.Peek().Closer))
            {
                var (id, start, _) = open.Pop();
                expected.Add(new ExpectedDiagnostic(id, TextSpan.FromBounds(start, source.Length)));
                i++;
            }
            else
            {
                source.Append(markup[i]);
            }
        }
        if (open.Count > 0)
            throw new ArgumentException($"markup has {open.Count} unclosed marker(s); the last opens at offset {open.Peek().Start}", nameof(markup));
        expected.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return (source.ToString(), expected);
    }

    /// <summary>Writes <paramref name="source"/> with a <c>{|ID:...|}</c> marker around each span.</summary>
    public static string Render(string source, IEnumerable<(string Id, TextSpan Span)> diagnostics)
    {
        var inserts = new List<(int At, int Order, string Text)>();
        foreach (var (id, span) in diagnostics)
        {
            inserts.Add((span.Start, -span.End, "{|" + id + ":"));
            inserts.Add((span.End, -span.Start, "|}"));
        }
        var text = new StringBuilder(source);
        foreach (var (at, _, insert) in inserts.OrderByDescending(x => x.At).ThenBy(x => x.Text == "|}" ? 1 : 0).ThenByDescending(x => x.Order))
            text.Insert(at, insert);
        return text.ToString();
    }

    private static bool Starts(string text, int at, string token) =>
        string.CompareOrdinal(text, at, token, 0, token.Length) == 0;

    private static bool TryReadId(string text, int start, out string id, out int after)
    {
        int i = start;
        while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
        id = text[start..i];
        after = i + 1;
        return id.Length > 0 && i < text.Length && text[i] == ':';
    }
}
