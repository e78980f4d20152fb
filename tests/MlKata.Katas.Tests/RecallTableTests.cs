using System.Text;
using System.Text.RegularExpressions;
using MlKata.Validation;

namespace MlKata.Katas.Tests;

/// <summary>
/// docs/hints-recall.md, the table of how many known mistakes the hints flag, is generated from
/// the mistakes' <c>// Expect:</c> headers (which the validator holds to exactly what the
/// analyzers raise). Regenerate it with
/// <c>MLKATA_UPDATE_DOCS=1 dotnet test tests/MlKata.Katas.Tests --filter RecallTableTests</c>.
/// </summary>
public class RecallTableTests
{
    private static readonly Regex Expect = new(@"^\s*//\s*Expect:\s*(?<ids>.*?)\s*$", RegexOptions.Multiline);

    [Fact]
    public void The_recall_table_matches_the_mistake_headers()
    {
        var perKata = new List<(string Kata, int Mistakes, int Flagged, SortedSet<string> Rules)>();
        var perRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var dir in KataValidator.Discover(Repo.Katas))
        {
            string mistakes = Path.Combine(dir, KataValidator.MistakesFolder);
            if (!Directory.Exists(mistakes)) continue;
            int count = 0, flagged = 0;
            var rules = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var file in Directory.GetFiles(mistakes, "*.cs"))
            {
                count++;
                var match = Expect.Match(string.Join('\n', File.ReadLines(file).Take(10)));
                var ids = match.Success && !match.Groups["ids"].Value.Equals("none", StringComparison.OrdinalIgnoreCase)
                    ? match.Groups["ids"].Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)
                    : [];
                if (ids.Length > 0) flagged++;
                foreach (var id in ids)
                {
                    rules.Add(id);
                    perRule[id] = perRule.GetValueOrDefault(id) + 1;
                }
            }
            perKata.Add((Path.GetRelativePath(Repo.Katas, dir).Replace('\\', '/'), count, flagged, rules));
        }

        int total = perKata.Sum(k => k.Mistakes), caught = perKata.Sum(k => k.Flagged);
        var text = new StringBuilder("""
            # How many known mistakes the hints flag

            Generated from the `// Expect:` header of every mistake file under `katas/*/*/.meta/mistakes/`
            (the kata validator holds each header to exactly the diagnostics the analyzers raise).
            Regenerate with `MLKATA_UPDATE_DOCS=1 dotnet test tests/MlKata.Katas.Tests --filter RecallTableTests`.

            """);
        text.Append($"\nOverall: **{caught} of {total}** mistake files ({Percent(caught, total)}) raise at least one hint.\n\n");
        text.Append("## Per kata\n\n| kata | mistakes | flagged | rules |\n|---|---|---|---|\n");
        foreach (var (kata, mistakes, flagged, rules) in perKata)
            text.Append($"| {kata} | {mistakes} | {flagged} | {string.Join(", ", rules)} |\n");
        text.Append("\n## Per rule\n\n| rule | mistake files it flags |\n|---|---|\n");
        foreach (var (rule, count) in perRule)
            text.Append($"| [{rule}](rules/{rule}.md) | {count} |\n");

        string path = Path.Combine(Repo.Root, "docs", "hints-recall.md");
        string expected = text.ToString();
        string actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : "";
        if (actual == expected) return;
        if (Environment.GetEnvironmentVariable("MLKATA_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }
        Assert.Fail("docs/hints-recall.md is out of date. Regenerate it with\n  MLKATA_UPDATE_DOCS=1 dotnet test tests/MlKata.Katas.Tests --filter RecallTableTests\nExpected:\n" + expected);
    }

    private static string Percent(int part, int whole) => whole == 0 ? "0%" : $"{100.0 * part / whole:0}%";
}
