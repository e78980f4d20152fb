using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

using AnalyzerRules = MlKata.Analyzers.Rules;

namespace MlKata.Analyzers.Tests;

/// <summary>
/// The rule docs agree with the code: each rule has its page with its title, category and
/// severity, its release-tracking entry and its help link, and the README's rule table is the
/// one generated from the descriptors. To regenerate the table after adding a rule:
/// <c>MLKATA_UPDATE_DOCS=1 dotnet test tests/MlKata.Analyzers.Tests --filter RuleDocsTests</c>.
/// </summary>
public class RuleDocsTests
{
    private const string Begin = "<!-- rules:begin (generated from the analyzers by RuleDocsTests; do not edit) -->";
    private const string End = "<!-- rules:end -->";

    private static readonly string Root = FindRoot();

    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        new MlKata.Analyzers.MlKataAnalyzer().SupportedDiagnostics
            .GroupBy(d => d.Id).Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var d in Descriptors) data.Add(d.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_rule_has_its_page_help_link_category_and_release_entry(string id)
    {
        var rule = Descriptors.Single(d => d.Id == id);
        Assert.Matches("^MLK1[0-4][0-9]{2}$", id);
        string expectedCategory = id[4] switch
        {
            '0' => AnalyzerRules.Categories.Metrics,
            '1' => AnalyzerRules.Categories.Numerics,
            '2' => AnalyzerRules.Categories.Models,
            '3' => AnalyzerRules.Categories.Leakage,
            _ => AnalyzerRules.Categories.Dsa,
        };
        Assert.Equal(expectedCategory, rule.Category);
        Assert.Equal(AnalyzerRules.HelpLinkBase + id + ".md", rule.HelpLinkUri);
        Assert.NotEqual(DiagnosticSeverity.Error, rule.DefaultSeverity);

        string page = Path.Combine(Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{id} has no page docs/rules/{id}.md");
        string text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: {rule.Title}\n", text.Replace("\r", ""));
        Assert.Contains($"| Category | {rule.Category} |", text);
        Assert.Contains($"| Severity | {rule.DefaultSeverity} |", text);
        foreach (var section in new[] { "## What it catches", "## Why it matters in an interview", "## Right", "## Configure" })
            Assert.Contains(section, text);
        // A wrong example (a code block with the line the rule flags marked `// MLKxxxx`) and a right one.
        var blocks = Regex.Matches(text.Replace("\r", ""), @"(?ms)^```csharp\n(.*?)^```").Select(m => (m.Index, Code: m.Groups[1].Value)).ToList();
        int right = text.Replace("\r", "").IndexOf("## Right", StringComparison.Ordinal);
        Assert.True(blocks.Any(b => b.Index < right && b.Code.Contains("// " + id, StringComparison.Ordinal)),
            $"docs/rules/{id}.md has no wrong example: a csharp block before '## Right' with the flagged line marked // {id}");
        Assert.True(blocks.Any(b => b.Index > right), $"docs/rules/{id}.md has no right example: a csharp block under '## Right'");
        Assert.Contains($"dotnet_diagnostic.{id}.severity", text);

        string releases = File.ReadAllText(Path.Combine(Root, "analyzers", "MlKata.Analyzers", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(Root, "analyzers", "MlKata.Analyzers", "AnalyzerReleases.Shipped.md"));
        Assert.Matches($@"(?m)^{id}\s*\|\s*{Regex.Escape(rule.Category)}\s*\|\s*{rule.DefaultSeverity}\s*\|", releases);
    }

    [Fact]
    public void Every_rule_page_belongs_to_a_rule()
    {
        var ids = Descriptors.Select(d => d.Id).ToHashSet();
        foreach (var page in Directory.GetFiles(Path.Combine(Root, "docs", "rules"), "*.md"))
            Assert.True(ids.Contains(Path.GetFileNameWithoutExtension(page)), $"{page} documents no rule of the analyzers");
    }

    [Fact]
    public void The_README_rule_table_is_generated_from_the_code()
    {
        var table = new StringBuilder(Begin).Append('\n')
            .Append("| ID | category | severity | title |\n|---|---|---|---|\n");
        foreach (var d in Descriptors)
            table.Append($"| [{d.Id}](docs/rules/{d.Id}.md) | {d.Category} | {d.DefaultSeverity.ToString().ToLowerInvariant()} | {d.Title} |\n");
        table.Append(End);

        string path = Path.Combine(Root, "README.md");
        string readme = File.ReadAllText(path).Replace("\r\n", "\n");
        int begin = readme.IndexOf(Begin, StringComparison.Ordinal), end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"README.md lacks the rule-table markers {Begin} ... {End}");
        string current = readme[begin..(end + End.Length)];
        if (current == table.ToString()) return;
        if (Environment.GetEnvironmentVariable("MLKATA_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, readme[..begin] + table + readme[(end + End.Length)..]);
            return;
        }
        Assert.Fail($"The README's rule table differs from the analyzers. Regenerate it with\n  MLKATA_UPDATE_DOCS=1 dotnet test tests/MlKata.Analyzers.Tests --filter RuleDocsTests\nExpected:\n{table}");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MlKata.sln"))) return dir.FullName;
        throw new InvalidOperationException("MlKata.sln not found");
    }
}
