using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MlKata.Katas.Tests;

/// <summary>
/// The kata catalog (../shared/kata-catalog.md) is a public contract: every kata it lists is
/// here under its track, with the type it names, of the kind it names, declaring every member
/// it names.
/// </summary>
public class CatalogTests
{
    public sealed record Row(string Track, string Slug, string Kind, string Type, IReadOnlyList<string> Members);

    private static readonly Lazy<IReadOnlyList<Row>> Rows = new(ReadCatalog);

    public static TheoryData<string> Slugs()
    {
        var data = new TheoryData<string>();
        foreach (var row in Rows.Value) data.Add(row.Track + "/" + row.Slug);
        return data;
    }

    [Fact]
    public void The_catalog_lists_both_tracks()
    {
        Assert.Equal(31, Rows.Value.Count(r => r.Track == "ml"));
        Assert.Equal(24, Rows.Value.Count(r => r.Track == "dsa"));
        Assert.Equal(["ConfusionCounts", "Accuracy", "Precision", "Recall", "F1", "FBeta"], Rows.Value.Single(r => r.Slug == "binary-metrics").Members);
        Assert.Equal(["Forward", "TrainStep", "W1", "B1", "W2", "B2"], Rows.Value.Single(r => r.Slug == "mlp-backprop").Members);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Each_catalog_kata_is_present_with_its_exact_type_and_members(string kata)
    {
        var row = Rows.Value.Single(r => r.Track + "/" + r.Slug == kata);
        string dir = Path.Combine(Repo.Katas, row.Track, row.Slug);
        Assert.True(Directory.Exists(dir), $"the catalog's kata {kata} has no folder katas/{kata}");
        string manifest = File.ReadAllText(Path.Combine(dir, "kata.json"));
        Assert.Contains($"\"type\": \"{row.Type}\"", manifest);

        var stub = CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(dir, row.Type + ".cs"))).GetRoot();
        var type = stub.DescendantNodes().OfType<ClassDeclarationSyntax>().SingleOrDefault(c => c.Identifier.ValueText == row.Type);
        Assert.True(type is not null, $"{kata}: the stub does not declare class {row.Type}");
        Assert.Equal("MlKata.Katas", type!.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Single().Name.ToString());
        foreach (var modifier in row.Kind.Split(' ').Where(m => m != "class"))
            Assert.True(type.Modifiers.Any(m => m.ValueText == modifier), $"{kata}: {row.Type} must be {row.Kind}");
        var declared = type.Members.Select(m => m switch
        {
            MethodDeclarationSyntax method => method.Identifier.ValueText,
            PropertyDeclarationSyntax property => property.Identifier.ValueText,
            _ => null,
        }).ToHashSet();
        foreach (var member in row.Members)
            Assert.True(declared.Contains(member), $"{kata}: the stub of {row.Type} lacks the catalog's member {member}");
    }

    private static IReadOnlyList<Row> ReadCatalog()
    {
        string path = Path.Combine(Repo.Shared, "kata-catalog.md");
        var rows = new List<Row>();
        string? track = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("## ML track", StringComparison.Ordinal)) track = "ml";
            else if (line.StartsWith("## DSA track", StringComparison.Ordinal)) track = "dsa";
            else if (line.StartsWith("## ", StringComparison.Ordinal)) track = null;
            // Columns: slug | type | members | semantics (the semantics may hold a bare |z|).
            var cells = line.Trim().Trim('|').Split(" | ");
            if (track is null || cells.Length < 4) continue;
            var head = Regex.Match(cells[0].Trim() + " " + cells[1].Trim(), @"^`(?<slug>[a-z0-9-]+)` `(?<kind>(?:static |sealed )?class) (?<type>\w+)`$");
            if (!head.Success) continue;
            string membersCell = cells[2];
            var members = new List<string>();
            foreach (Match code in Regex.Matches(membersCell, "`([^`]*)`"))
            {
                string signature = code.Groups[1].Value;
                var method = Regex.Match(signature, @"(\w+)\s*\(");
                var property = Regex.Match(signature, @"(\w+)\s*\{\s*get");
                if (property.Success) members.Add(property.Groups[1].Value);
                else if (method.Success)
                    members.Add(method.Groups[1].Value);
            }
            foreach (Match property in Regex.Matches(membersCell, @"`(?:double\[\]\[\]|double\[\]) (\w+)`"))
                members.Add(property.Groups[1].Value);
            rows.Add(new Row(track, head.Groups["slug"].Value, head.Groups["kind"].Value, head.Groups["type"].Value, members.Distinct().ToList()));
        }
        return rows;
    }
}
