using System.Text.Json;

namespace MlKata.Validation;

/// <summary>A built-in kata's names: what a pack's kata must not reuse.</summary>
public sealed record BuiltInKata(string Slug, string Type, string Track);

/// <summary>
/// The built-in katas this validator was built with (their kata.json files are embedded at
/// build time). A pack's kata that reuses one of their slugs or types could not be added to a
/// workspace of built-in katas: two types of one name do not compile.
/// </summary>
public static class BuiltInKatas
{
    private const string ResourcePrefix = "MlKata.BuiltIn/";

    public static IReadOnlyList<BuiltInKata> All { get; } = Load();

    /// <summary>Each field of <paramref name="manifest"/> that reuses a name of one of <paramref name="reserved"/>, with what to say about it.</summary>
    public static IEnumerable<(string Field, string Message)> Clashes(KataManifest manifest, IEnumerable<BuiltInKata> reserved)
    {
        foreach (var builtIn in reserved)
        {
            if (builtIn.Type == manifest.Type)
                yield return ("type", $"\"{manifest.Type}\" is the type of the built-in kata {builtIn.Track}/{builtIn.Slug}; choose a name of your own, so that both katas fit in one workspace");
            if (builtIn.Slug == manifest.Slug)
                yield return ("slug", $"\"{manifest.Slug}\" is the slug of the built-in kata {builtIn.Track}/{builtIn.Slug}; choose a slug of your own, so that `dotnet new mlkata-kata --kata` finds your kata");
        }
    }

    private static List<BuiltInKata> Load()
    {
        var assembly = typeof(BuiltInKatas).Assembly;
        var katas = new List<BuiltInKata>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            katas.Add(new BuiltInKata(root.GetProperty("slug").GetString()!, root.GetProperty("type").GetString()!, root.GetProperty("track").GetString()!));
        }
        return katas;
    }
}
