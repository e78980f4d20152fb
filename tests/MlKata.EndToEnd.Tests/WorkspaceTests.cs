using System.Text.RegularExpressions;

namespace MlKata.EndToEnd.Tests;

/// <summary>
/// What a user does: install the template pack, scaffold a workspace, run its tests, solve a
/// kata, make a classic mistake. Every check reads exit codes and output: a restore that fails
/// inside a command can still leave exit code 0 elsewhere, so the output is checked too.
/// </summary>
[Collection(KitFixture.Collection)]
public sealed class WorkspaceTests(KitFixture kit)
{
    private static readonly TimeSpan Build = TimeSpan.FromMinutes(5);

    private static string BinaryMetricsKata(KitFixture kit, string file) =>
        File.ReadAllText(Path.Combine(kit.RepoRoot, "katas", "ml", "binary-metrics", ".meta", file));

    [Fact]
    public void Pack_writes_the_analyzer_and_template_packages_and_a_complete_offline_feed()
    {
        Assert.True(kit.Pack.ExitCode == 0, kit.Pack.ToString());
        Assert.True(File.Exists(Path.Combine(kit.Feed, $"MlKata.Analyzers.{KitFixture.Version}.nupkg")));
        Assert.True(File.Exists(Path.Combine(kit.Feed, $"MlKata.Templates.{KitFixture.Version}.nupkg")));
        Assert.True(File.Exists(Path.Combine(kit.Feed, $"MlKata.Authoring.{KitFixture.Version}.nupkg")));
        Assert.True(File.Exists(Path.Combine(kit.Feed, "microsoft.codeanalysis.csharp.5.12.0.nupkg")), "the feed lacks the packages a kata pack's repository restores");
        Assert.True(File.Exists(Path.Combine(kit.Feed, "xunit.2.9.3.nupkg")), "the feed lacks the test packages a workspace restores");
    }

    [Fact]
    public void A_full_workspace_restores_offline_builds_and_every_test_fails_on_the_stubs()
    {
        string ws = kit.Scaffold("Practice");
        var nugetConfig = File.ReadAllText(Path.Combine(ws, "nuget.config"));
        Assert.Contains("<clear />", nugetConfig);
        Assert.Contains($"value=\"{kit.Feed}\"", nugetConfig);

        int katas = Directory.GetDirectories(Path.Combine(kit.RepoRoot, "katas"), "*", SearchOption.AllDirectories).Count(d => File.Exists(Path.Combine(d, "kata.json")));
        Assert.Equal(katas, Directory.GetDirectories(Path.Combine(ws, "katas")).Length);
        foreach (var kata in Directory.GetDirectories(Path.Combine(ws, "katas")))
        {
            Assert.True(File.Exists(Path.Combine(kata, "README.md")), kata);
            Assert.Empty(Directory.GetDirectories(kata)); // no .meta: references and mistakes stay in the kit
        }

        var test = kit.Dotnet(ws, Build, "test");
        Assert.True(test.ExitCode != 0, test.ToString());
        Assert.DoesNotContain("error NU", test.Output);
        var summary = Regex.Match(test.Output, @"Failed:\s+(\d+), Passed:\s+(\d+)");
        Assert.True(summary.Success, test.ToString());
        Assert.True(int.Parse(summary.Groups[1].Value) > 0, test.ToString());
        Assert.Equal("0", summary.Groups[2].Value);
        Assert.Contains("The binary-metrics kata is not implemented yet", test.Output);
    }

    [Fact]
    public void The_reference_passes_and_the_precision_mistake_warns_MLK1001_at_its_line()
    {
        string ws = kit.Scaffold("Solving", "--katas", "binary-metrics");
        string stub = Path.Combine(ws, "katas", "binary-metrics", "BinaryMetrics.cs");
        Assert.Equal(["binary-metrics"], Directory.GetDirectories(Path.Combine(ws, "katas")).Select(Path.GetFileName));

        File.WriteAllText(stub, BinaryMetricsKata(kit, "mistakes/precision-over-actual-positives.cs"));
        var build = kit.Dotnet(ws, Build, "build");
        Assert.True(build.ExitCode == 0, build.ToString());
        int line = File.ReadAllLines(stub).ToList().FindIndex(l => l.Contains("(double)tp / (tp + fn)")) + 1;
        Assert.Matches($@"BinaryMetrics\.cs\({line},\d+\): warning MLK1001: precision denominator uses FN", build.Output);

        var failing = kit.Dotnet(ws, Build, "test", "--no-build");
        Assert.True(failing.ExitCode != 0, failing.ToString());
        Assert.Contains("Precision_divides_by_the_predicted_positives", failing.Output);

        File.WriteAllText(stub, BinaryMetricsKata(kit, "Reference.cs"));
        var passing = kit.Dotnet(ws, Build, "test");
        Assert.True(passing.ExitCode == 0, passing.ToString());
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0, Passed:\s+\d+", passing.Output);
        Assert.DoesNotContain("MLK1", passing.Output);
    }

    [Fact]
    public void A_looping_kata_ends_as_a_failure_that_names_the_test()
    {
        string ws = kit.Scaffold("Looping", "--katas", "binary-metrics");
        string stub = Path.Combine(ws, "katas", "binary-metrics", "BinaryMetrics.cs");
        File.WriteAllText(stub, BinaryMetricsKata(kit, "Reference.cs").Replace(
            "public static double F1(int[] yTrue, int[] yPred) => FBeta(yTrue, yPred, 1.0);",
            "public static double F1(int[] yTrue, int[] yPred) { while (yTrue.Length > 0) { } return 0; }"));
        var env = new Dictionary<string, string>(kit.WorkspaceEnvironment) { ["MLKATA_TEST_TIMEOUT"] = "3" };
        var test = Shell.Run(ws, env, TimeSpan.FromMinutes(4), "dotnet", "test");
        Assert.True(test.ExitCode is not (0 or -1), test.ToString());
        Assert.Matches(@"MlKata: test BinaryMetricsTests\.\w+ has run for 3 s without finishing", test.Output);
    }

    [Theory]
    [InlineData("ml")]
    [InlineData("dsa")]
    public void A_track_scaffolds_exactly_its_katas_with_support_files_once(string track)
    {
        string ws = kit.Scaffold("Track" + track, "--track", track);
        var expected = Directory.GetDirectories(Path.Combine(kit.RepoRoot, "katas", track)).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var actual = Directory.GetDirectories(Path.Combine(ws, "katas")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
        bool needsTree = Directory.GetFiles(Path.Combine(kit.RepoRoot, "katas", track), "kata.json", SearchOption.AllDirectories)
            .Any(f => File.ReadAllText(f).Contains("\"TreeNode\""));
        Assert.Equal(needsTree, File.Exists(Path.Combine(ws, "support", "TreeNode.cs")));
        Assert.Single(Directory.GetFiles(ws, "TreeNode.cs", SearchOption.AllDirectories).Concat(needsTree ? [] : ["(none)"]));
        string readme = File.ReadAllText(Path.Combine(ws, "README.md"));
        foreach (var slug in actual) Assert.Contains($"(katas/{slug}/README.md) | {track} |", readme);
        Assert.DoesNotContain(track == "ml" ? "| dsa |" : "| ml |", readme);
    }

    [Fact]
    public void Scaffolding_over_existing_files_changes_nothing_and_says_so()
    {
        string ws = kit.Scaffold("Mine", "--katas", "binary-metrics");
        string stub = Path.Combine(ws, "katas", "binary-metrics", "BinaryMetrics.cs");
        File.WriteAllText(stub, "// my solution in progress\n");
        var snapshot = Directory.GetFiles(ws, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);

        var again = kit.New(kit.Root, "mlkata", "-n", "Mine", "-o", ws, "--feed", kit.Feed, "--katas", "binary-metrics");
        Assert.True(again.ExitCode != 0, again.ToString());
        Assert.Contains("BinaryMetrics.cs", again.Output);
        Assert.Contains("--force", again.Output);
        var after = Directory.GetFiles(ws, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
        Assert.Equal(snapshot, after);
    }

    [Fact]
    public void An_unknown_option_value_lists_the_valid_ones()
    {
        kit.EnsureInstalled();
        var track = kit.New(kit.Root, "mlkata", "-o", Path.Combine(kit.Root, "nope"), "--track", "deep-learning");
        Assert.True(track.ExitCode != 0, track.ToString());
        Assert.Contains("deep-learning", track.Output);
        foreach (var choice in new[] { "ml", "dsa", "all" }) Assert.Contains(choice, track.Output);

        var kata = kit.New(kit.Root, "mlkata", "-o", Path.Combine(kit.Root, "nope"), "--katas", "binary-metricz");
        Assert.True(kata.ExitCode != 0, kata.ToString());
        Assert.Contains("binary-metrics", kata.Output);
        Assert.False(Directory.Exists(Path.Combine(kit.Root, "nope")));
    }

    [Fact]
    public void Help_explains_every_option()
    {
        kit.EnsureInstalled();
        var help = kit.New(kit.Root, "mlkata", "--help");
        Assert.True(help.ExitCode == 0, help.ToString());
        foreach (var option in new[] { "--pack", "--track", "--katas", "--framework", "--feed" })
            Assert.Contains(option, help.Output);
        Assert.Contains("binary-metrics", help.Output);
        Assert.Contains("local folder of packages", help.Output);
    }

    [Fact]
    public void The_workspace_shows_hints_live_in_VS_Code_and_lists_its_katas()
    {
        string ws = kit.Scaffold("Editor", "--katas", "binary-metrics");
        Assert.Contains("dotnet_analyzer_diagnostic.category-MlKata.Metrics.severity = warning", File.ReadAllText(Path.Combine(ws, ".editorconfig")));
        Assert.Contains("\"dotnet.backgroundAnalysis.analyzerDiagnosticsScope\"", File.ReadAllText(Path.Combine(ws, ".vscode", "settings.json")));
        Assert.Contains("ms-dotnettools.csharp", File.ReadAllText(Path.Combine(ws, ".vscode", "extensions.json")));
        Assert.Contains("\"test\"", File.ReadAllText(Path.Combine(ws, ".vscode", "tasks.json")));
        Assert.Contains($"Include=\"MlKata.Analyzers\" Version=\"{KitFixture.Version}\"", File.ReadAllText(Path.Combine(ws, "Editor.csproj")));
        string readme = File.ReadAllText(Path.Combine(ws, "README.md"));
        Assert.Contains("[Binary classification metrics](katas/binary-metrics/README.md) | ml | easy | 20 min", readme);
        Assert.DoesNotContain("#if", readme);
        Assert.Contains("<summary>Hint 3</summary>", File.ReadAllText(Path.Combine(ws, "katas", "binary-metrics", "README.md")));
    }

    [Fact]
    public void Adding_a_kata_writes_it_once_and_never_overwrites_a_stub_not_even_with_force()
    {
        string ws = kit.Scaffold("Adding", "--katas", "binary-metrics");
        string Kata(string slug, string file) => Path.Combine(ws, "katas", slug, file);

        // Before the first restore the template cannot see the workspace's files: it writes nothing, and says why.
        foreach (var force in new[] { false, true })
        {
            var early = kit.New(ws, ["mlkata-kata", "--kata", "tree-traversal", .. (force ? new[] { "--force" } : [])]);
            Assert.Contains("Nothing was written: this is not a restored MlKata workspace", early.Output);
            Assert.False(Directory.Exists(Path.Combine(ws, "katas", "tree-traversal")), early.ToString());
        }

        var restore = kit.Dotnet(ws, Build, "restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        var add = kit.New(ws, "mlkata-kata", "--kata", "tree-traversal");
        Assert.True(add.ExitCode == 0, add.ToString());
        foreach (var file in new[] { "TreeTraversal.cs", "TreeTraversalTests.cs", "README.md" })
            Assert.True(File.Exists(Kata("tree-traversal", file)), file);
        Assert.Empty(Directory.GetDirectories(Path.Combine(ws, "katas", "tree-traversal")));
        Assert.True(File.Exists(Path.Combine(ws, "support", "TreeNode.cs")));

        // A second kata that needs the same support file adds only its own files.
        var second = kit.New(ws, "mlkata-kata", "--kata", "binary-search-tree");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Single(Directory.GetFiles(ws, "TreeNode.cs", SearchOption.AllDirectories));

        File.WriteAllText(Kata("tree-traversal", "TreeTraversal.cs"), "// my solution in progress\n");
        var snapshot = Directory.GetFiles(Path.Combine(ws, "katas"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
        var again = kit.New(ws, "mlkata-kata", "--kata", "tree-traversal");
        Assert.True(again.ExitCode != 0, again.ToString());
        Assert.Contains("TreeTraversalTests.cs", again.Output);
        Assert.Equal(snapshot, Directory.GetFiles(Path.Combine(ws, "katas"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText));

        var forced = kit.New(ws, "mlkata-kata", "--kata", "tree-traversal", "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Contains("your solution is untouched", forced.Output);
        Assert.Equal("// my solution in progress\n", File.ReadAllText(Kata("tree-traversal", "TreeTraversal.cs")));

        File.WriteAllText(Kata("tree-traversal", "TreeTraversal.cs"), File.ReadAllText(Path.Combine(kit.RepoRoot, "katas", "dsa", "tree-traversal", "TreeTraversal.cs")));
        var build = kit.Dotnet(ws, Build, "build");
        Assert.True(build.ExitCode == 0, build.ToString());
    }
}
