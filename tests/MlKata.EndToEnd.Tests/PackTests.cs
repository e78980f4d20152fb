using System.Text.RegularExpressions;

namespace MlKata.EndToEnd.Tests;

/// <summary>
/// What a kata author and their users do: scaffold a pack with `dotnet new mlkata-pack`, add a
/// kata, validate it with `dotnet test`, pack it, push it to a folder feed, install it from
/// there, scaffold and solve a workspace of its katas, install a newer version, uninstall.
/// The pack's templates go into a hive of their own, so the other tests never see them.
/// </summary>
[Collection(KitFixture.Collection)]
public sealed class PackTests(KitFixture kit)
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(6);

    private string Hive => Path.Combine(kit.Root, "pack-hive");

    private CommandResult New(string workingDirectory, params string[] args) => kit.NewIn(Hive, workingDirectory, args);

    private string ScaffoldPack(string name)
    {
        kit.EnsureInstalled();
        if (!Directory.Exists(Hive))
        {
            var install = New(kit.Root, "install", Path.Combine(kit.Feed, $"MlKata.Templates.{KitFixture.Version}.nupkg"));
            Assert.True(install.ExitCode == 0, install.ToString());
        }
        string repo = Path.Combine(kit.Root, name);
        var created = New(kit.Root, "mlkata-pack", "-n", name, "-o", repo, "--feed", kit.Feed);
        Assert.True(created.ExitCode == 0, created.ToString());
        return repo;
    }

    /// <summary>What the pack's README tells an author to do: copy the example kata and rename it.</summary>
    private static void CopyKata(string repo, string fromSlug, string fromType, string toSlug, string toType)
    {
        string from = Path.Combine(repo, "katas", "ml", fromSlug), to = Path.Combine(repo, "katas", "ml", toSlug);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file).Replace(fromType, toType));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, File.ReadAllText(file).Replace(fromSlug, toSlug).Replace(fromType, toType));
        }
    }

    private static void AssertPassed(CommandResult test, int count)
    {
        Assert.True(test.ExitCode == 0, test.ToString());
        Assert.Matches($@"Passed!\s+-\s+Failed:\s+0, Passed:\s+{count},", test.Output);
    }

    [Fact]
    public void A_pack_is_validated_packed_pushed_installed_used_updated_and_uninstalled()
    {
        string repo = ScaffoldPack("Acme.Katas");
        Assert.True(File.Exists(Path.Combine(repo, "Acme.Katas.slnx")));
        Assert.Contains("<clear />", File.ReadAllText(Path.Combine(repo, "nuget.config")));
        Assert.Contains("<PackageId>Acme.Katas</PackageId>", File.ReadAllText(Path.Combine(repo, "src", "Acme.Katas", "Acme.Katas.csproj")));
        Assert.Contains($"<MlKataAuthoringVersion>{KitFixture.Version}</MlKataAuthoringVersion>", File.ReadAllText(Path.Combine(repo, "Directory.Build.props")));
        Assert.Contains("dotnet new mlkata --pack acme.katas", File.ReadAllText(Path.Combine(repo, "README.md")));

        // Add a kata, then validate the pack: the example and the new kata, one test case each.
        CopyKata(repo, "moving-average", "MovingAverage", "window-mean", "WindowMean");
        AssertPassed(kit.Dotnet(repo, Long, "test"), 3);

        // Pack and push to a folder feed.
        var pack = kit.Dotnet(repo, Long, "pack", "-o", "out");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.Contains("pack 'acme.katas', 2 katas", pack.Output);
        string packFeed = Path.Combine(kit.Root, "acme-feed");
        Directory.CreateDirectory(packFeed);
        var push = kit.Dotnet(repo, Long, "nuget", "push", Path.Combine("out", "Acme.Katas.1.0.0.nupkg"), "-s", packFeed);
        Assert.True(push.ExitCode == 0, push.ToString());

        // Install it by package id from that feed (from a folder with no Acme.Katas in it).
        string elsewhere = Path.Combine(kit.Root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        var install = New(elsewhere, "install", "Acme.Katas", "--add-source", packFeed);
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Contains("Acme.Katas", install.Output);
        var help = New(elsewhere, "mlkata", "--help");
        Assert.Contains("acme.katas", help.Output);
        Assert.Contains("builtin", help.Output);

        // A second pack beside it (the same katas under another package id): no short-name clash,
        // a plain `dotnet new mlkata` still takes the built-in katas, each pack answers to its --pack.
        var other = kit.Dotnet(repo, Long, "pack", "src/Acme.Katas", "-o", "other", "-p:PackageId=Other.Katas");
        Assert.True(other.ExitCode == 0, other.ToString());
        var installOther = New(elsewhere, "install", Path.Combine(repo, "other", "Other.Katas.1.0.0.nupkg"));
        Assert.True(installOther.ExitCode == 0, installOther.ToString());
        var plain = New(kit.Root, "mlkata", "-o", Path.Combine(kit.Root, "PlainBuiltIn"), "--katas", "binary-metrics", "--feed", kit.Feed);
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.True(File.Exists(Path.Combine(kit.Root, "PlainBuiltIn", "katas", "binary-metrics", "BinaryMetrics.cs")));
        var fromOther = New(kit.Root, "mlkata", "--pack", "other.katas", "-o", Path.Combine(kit.Root, "FromOther"), "--feed", kit.Feed);
        Assert.True(fromOther.ExitCode == 0, fromOther.ToString());
        Assert.True(File.Exists(Path.Combine(kit.Root, "FromOther", "katas", "window-mean", "WindowMean.cs")));
        var removeOther = New(elsewhere, "uninstall", "Other.Katas");
        Assert.True(removeOther.ExitCode == 0, removeOther.ToString());

        // A workspace of the pack's katas: every test fails on the stubs, the references pass.
        string ws = Path.Combine(kit.Root, "AcmePractice");
        var scaffold = New(kit.Root, "mlkata", "--pack", "acme.katas", "-n", "AcmePractice", "-o", ws, "--feed", kit.Feed);
        Assert.True(scaffold.ExitCode == 0, scaffold.ToString());
        Assert.Equal(["moving-average", "window-mean"], Directory.GetDirectories(Path.Combine(ws, "katas")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains($"Include=\"MlKata.Analyzers\" Version=\"{KitFixture.Version}\"", File.ReadAllText(Path.Combine(ws, "AcmePractice.csproj")));
        Assert.Contains("--pack acme.katas", File.ReadAllText(Path.Combine(ws, "README.md")));
        var failing = kit.Dotnet(ws, Long, "test");
        Assert.True(failing.ExitCode != 0, failing.ToString());
        Assert.Matches(@"Failed:\s+[1-9]\d*, Passed:\s+0,", failing.Output);
        Assert.Contains("The moving-average kata is not implemented yet", failing.Output);
        foreach (var (slug, type) in new[] { ("moving-average", "MovingAverage"), ("window-mean", "WindowMean") })
            File.WriteAllText(Path.Combine(ws, "katas", slug, type + ".cs"), File.ReadAllText(Path.Combine(repo, "katas", "ml", slug, ".meta", "Reference.cs"))); // a fresh time stamp, as an edit has
        var passing = kit.Dotnet(ws, Long, "test");
        Assert.True(passing.ExitCode == 0, passing.ToString());
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0,", passing.Output);

        // A newer version replaces the installed one.
        string manifest = Path.Combine(repo, "katas", "ml", "window-mean", "kata.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"title\": \"Moving average\"", "\"title\": \"Window mean\""));
        string project = Path.Combine(repo, "src", "Acme.Katas", "Acme.Katas.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("<Version>1.0.0</Version>", "<Version>1.1.0</Version>"));
        var repack = kit.Dotnet(repo, Long, "pack", "-o", "out");
        Assert.True(repack.ExitCode == 0, repack.ToString());
        var pushAgain = kit.Dotnet(repo, Long, "nuget", "push", Path.Combine("out", "Acme.Katas.1.1.0.nupkg"), "-s", packFeed);
        Assert.True(pushAgain.ExitCode == 0, pushAgain.ToString());
        var update = New(elsewhere, "install", "Acme.Katas", "--add-source", packFeed);
        Assert.True(update.ExitCode == 0, update.ToString());
        Assert.Contains("1.1.0", update.Output);
        var list = New(elsewhere, "uninstall");
        Assert.Contains("Acme.Katas", list.Output);
        Assert.Contains("1.1.0", list.Output);
        Assert.DoesNotContain("1.0.0", list.Output);
        string ws2 = Path.Combine(kit.Root, "AcmeUpdated");
        var scaffold2 = New(kit.Root, "mlkata", "--pack", "acme.katas", "-n", "AcmeUpdated", "-o", ws2, "--feed", kit.Feed);
        Assert.True(scaffold2.ExitCode == 0, scaffold2.ToString());
        Assert.Contains("[Window mean](katas/window-mean/README.md)", File.ReadAllText(Path.Combine(ws2, "README.md")));

        // Uninstalled, the pack is gone and the built-in one is still there.
        var uninstall = New(elsewhere, "uninstall", "Acme.Katas");
        Assert.True(uninstall.ExitCode == 0, uninstall.ToString());
        var gone = New(kit.Root, "mlkata", "--pack", "acme.katas", "-o", Path.Combine(kit.Root, "AcmeGone"));
        Assert.True(gone.ExitCode != 0, gone.ToString());
        Assert.Contains("builtin", gone.Output);
        Assert.False(Directory.Exists(Path.Combine(kit.Root, "AcmeGone")));
    }

    [Fact]
    public void A_broken_pack_is_refused_with_the_file_the_line_and_the_field()
    {
        string repo = ScaffoldPack("Broken.Katas");
        string manifest = Path.Combine(repo, "katas", "ml", "moving-average", "kata.json");
        string good = File.ReadAllText(manifest);

        // A type that a built-in kata already uses: both the tests and the pack say where.
        File.WriteAllText(manifest, good.Replace("\"type\": \"MovingAverage\"", "\"type\": \"BinaryMetrics\""));
        var test = kit.Dotnet(repo, Long, "test");
        Assert.True(test.ExitCode != 0, test.ToString());
        Assert.Contains("katas/ml/moving-average/kata.json(5): field \"type\" \"BinaryMetrics\" is the type of the built-in kata ml/binary-metrics", test.Output);
        var pack = kit.Dotnet(repo, Long, "pack", "-o", "out");
        Assert.True(pack.ExitCode != 0, pack.ToString());
        Assert.Matches(@"kata\.json\(5\): error MLKPACK: field ""type"" ""BinaryMetrics"" is the type of the built-in kata", pack.Output);

        // Invalid JSON.
        File.WriteAllText(manifest, good.Replace("\"track\": \"ml\",", "\"track\": \"ml\""));
        var broken = kit.Dotnet(repo, Long, "pack", "-o", "out");
        Assert.True(broken.ExitCode != 0, broken.ToString());
        Assert.Matches(@"kata\.json\(5\): error MLKPACK: is not valid JSON", broken.Output);
        Assert.DoesNotMatch(new Regex(@"^\s+at ", RegexOptions.Multiline), broken.Output); // an error, not a stack trace
        Assert.False(File.Exists(Path.Combine(repo, "out", "Broken.Katas.1.0.0.nupkg")));
    }
}
