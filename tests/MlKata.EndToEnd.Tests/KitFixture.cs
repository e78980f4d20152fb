using System.Reflection;

namespace MlKata.EndToEnd.Tests;

/// <summary>
/// Packs the kit once with the documented command (`dotnet pack MlKata.sln -c Release -o feed`),
/// installs the template pack into a throwaway hive, and scaffolds workspaces that restore
/// only from that feed, into a fresh package cache.
/// </summary>
public sealed class KitFixture : IDisposable
{
    public const string Collection = "kit";

    public static string Version { get; } = typeof(KitFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "MlKataVersion").Value!;

    public string RepoRoot { get; } = FindRepoRoot();
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "mlkata-e2e-" + Guid.NewGuid().ToString("N")[..10]);
    public string Feed => Path.Combine(Root, "feed");
    public string Hive => Path.Combine(Root, "hive");
    public CommandResult Pack { get; }
    public CommandResult Install { get; }

    /// <summary>The environment of every workspace command: a package cache of its own.</summary>
    public Dictionary<string, string> WorkspaceEnvironment { get; }

    public KitFixture()
    {
        Directory.CreateDirectory(Root);
        WorkspaceEnvironment = new() { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };
        Pack = Shell.Run(RepoRoot, null, TimeSpan.FromMinutes(10), "dotnet", "pack", "MlKata.sln", "-c", "Release", "-o", Feed);
        Install = Pack.ExitCode == 0
            ? Shell.Run(Root, null, TimeSpan.FromMinutes(2), "dotnet", "new", "install", Path.Combine(Feed, $"MlKata.Templates.{Version}.nupkg"), "--debug:custom-hive", Hive)
            : new CommandResult("dotnet new install (skipped: pack failed)", -1, "");
    }

    public void EnsureInstalled()
    {
        Assert.True(Pack.ExitCode == 0, Pack.ToString());
        Assert.True(Install.ExitCode == 0, Install.ToString());
    }

    /// <summary>`dotnet new` against the throwaway hive.</summary>
    public CommandResult New(string workingDirectory, params string[] args) => NewIn(Hive, workingDirectory, args);

    /// <summary>`dotnet new` against another throwaway hive.</summary>
    public CommandResult NewIn(string hive, string workingDirectory, params string[] args) =>
        Shell.Run(workingDirectory, WorkspaceEnvironment, TimeSpan.FromMinutes(2), "dotnet", ["new", .. args, "--debug:custom-hive", hive]);

    /// <summary>Scaffolds a workspace restoring only from the feed; fails the test if it could not.</summary>
    public string Scaffold(string name, params string[] options)
    {
        EnsureInstalled();
        string output = Path.Combine(Root, name);
        var result = New(Root, ["mlkata", "-n", name, "-o", output, "--feed", Feed, .. options]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return output;
    }

    public CommandResult Dotnet(string workingDirectory, TimeSpan timeout, params string[] args) =>
        Shell.Run(workingDirectory, WorkspaceEnvironment, timeout, "dotnet", args);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MlKata.sln"))) return dir.FullName;
        throw new InvalidOperationException("MlKata.sln not found above the test assembly");
    }
}

/// <summary>One packed kit for every end-to-end test class: packing it is the slow part.</summary>
[CollectionDefinition(KitFixture.Collection)]
public sealed class KitCollection : ICollectionFixture<KitFixture>;
