namespace MlKata.Katas.Tests;

/// <summary>Where the repository and its neighbours are, found from the test assembly's location.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Katas => Path.Combine(Root, "katas");

    /// <summary>The shared folder beside the repository (kata catalog, peer test data).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MlKata.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"MlKata.sln not found above {AppContext.BaseDirectory}");
    }
}
