using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MlKata.Validation;

namespace MlKata.TemplateBuilder;

/// <summary>What a template pack is built from.</summary>
public sealed record PackSettings(
    string KatasDirectory,
    string SkeletonDirectory,
    string OutputDirectory,
    IReadOnlyDictionary<string, string> Tokens,
    string ShortName = "mlkata",
    string Identity = "MlKata.Workspace",
    string DisplayName = "MlKata practice workspace");

/// <summary>
/// Writes the content of the <c>mlkata</c> workspace template: the skeleton (with the pack's
/// package versions filled in), each kata's stub, tests and README (with its hints), the
/// support files, a README listing the katas, and a template.json whose --track and --katas
/// choices come from the kata folders.
/// </summary>
public static class TemplateBuilder
{
    public const string SourceName = "MlKataWorkspace";

    public static IReadOnlyList<KataManifest> Build(PackSettings settings, List<Problem> problems)
    {
        var katas = new List<(KataManifest Manifest, string Directory)>();
        foreach (var dir in KataValidator.Discover(settings.KatasDirectory))
        {
            var manifest = KataManifest.Load(Path.Combine(dir, KataValidator.ManifestFile), Path.Combine(dir, KataValidator.ManifestFile), problems);
            if (manifest is null) continue;
            foreach (var file in new[] { manifest.Type + ".cs", manifest.Type + "Tests.cs", "README.md" })
                if (!File.Exists(Path.Combine(dir, file)))
                    problems.Add(new Problem(Path.Combine(dir, file), null, null, "is missing; a kata needs its stub, tests and README"));
            katas.Add((manifest, dir));
        }
        string supportDirectory = Path.Combine(settings.KatasDirectory, "support");
        foreach (var (manifest, dir) in katas)
            foreach (var name in manifest.Support.Where(n => !File.Exists(Path.Combine(supportDirectory, n + ".cs"))))
                problems.Add(new Problem(Path.Combine(dir, KataValidator.ManifestFile), null, "support", $"\"{name}\" has no file {Path.Combine(supportDirectory, name + ".cs")}"));
        if (katas.Count == 0)
            problems.Add(new Problem(settings.KatasDirectory, null, null, "holds no kata folders (folders with a kata.json)"));
        if (problems.Count > 0) return [];

        string root = Path.Combine(settings.OutputDirectory, settings.ShortName);
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Directory.CreateDirectory(root);

        CopySkeleton(settings, root);
        foreach (var (name, text) in SupportFiles.Always)
            Write(Path.Combine(root, "support", name), text);
        foreach (var name in katas.SelectMany(k => k.Manifest.Support).Distinct(StringComparer.Ordinal))
            File.Copy(Path.Combine(supportDirectory, name + ".cs"), Path.Combine(root, "support", name + ".cs"));

        foreach (var (manifest, dir) in katas)
        {
            string target = Path.Combine(root, "katas", manifest.Slug);
            Directory.CreateDirectory(target);
            File.Copy(Path.Combine(dir, manifest.Type + ".cs"), Path.Combine(target, manifest.Type + ".cs"));
            File.Copy(Path.Combine(dir, manifest.Type + "Tests.cs"), Path.Combine(target, manifest.Type + "Tests.cs"));
            Write(Path.Combine(target, "README.md"), KataReadme(manifest, File.ReadAllText(Path.Combine(dir, "README.md"))));
        }

        Write(Path.Combine(root, "README.md"), WorkspaceReadme(katas.Select(k => k.Manifest).ToList()));
        Write(Path.Combine(root, ".template.config", "template.json"), TemplateJson(settings, katas.Select(k => k.Manifest).ToList()));
        return katas.Select(k => k.Manifest).ToList();
    }

    /// <summary>The kata's statement with its hints appended, folded so that each is opened on purpose.</summary>
    public static string KataReadme(KataManifest manifest, string statement)
    {
        var text = new StringBuilder(statement.TrimEnd()).Append("\n\n## Run the tests\n\n```\ndotnet test --filter ")
            .Append(manifest.Type).Append("\n```\n\n## Hints\n\nOpen one at a time; each gives away more than the last.\n");
        for (int i = 0; i < manifest.Hints.Count; i++)
            text.Append($"\n<details><summary>Hint {i + 1}</summary>\n\n{manifest.Hints[i]}\n\n</details>\n");
        return text.ToString();
    }

    private static string WorkspaceReadme(List<KataManifest> katas)
    {
        var text = new StringBuilder("""
            # MlKata practice workspace

            Each folder under `katas/` is one interview question: read its `README.md`, write your
            answer in the stub (the `.cs` file named after the type), and run

            ```
            dotnet test                          # every kata
            dotnet test --filter BinaryMetrics   # one kata, by its type name
            ```

            Every test fails until its kata is solved; a failure shows the inputs, the expected and the
            actual value, and which hint to read. The MlKata analyzers show hints in the editor as you
            type (VS Code with the C# extension; see `.vscode/`) and as warnings in `dotnet build`.
            Stuck? Each kata's README ends with hints, from gentle to explicit.

            ## Katas

            | kata | track | difficulty | time box | what you write |
            |---|---|---|---|---|

            """);
        foreach (var kata in katas.OrderBy(k => k.Track, StringComparer.Ordinal).ThenBy(k => k.Slug, StringComparer.Ordinal))
        {
            text.Append($"<!--#if ({KataSymbol(kata)}) -->\n");
            text.Append($"| [{kata.Title}](katas/{kata.Slug}/README.md) | {kata.Track} | {kata.Difficulty} | {kata.Minutes} min | `{kata.Type}`: {kata.Summary} |\n");
            text.Append("<!--#endif -->\n");
        }
        return text.ToString();
    }

    /// <summary>The computed template symbol that is true when a kata is in the workspace.</summary>
    public static string KataSymbol(KataManifest kata) => "kata_" + kata.Slug.Replace('-', '_');

    private static string TemplateJson(PackSettings settings, List<KataManifest> katas)
    {
        var tracks = katas.Select(k => k.Track).Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToList();
        var trackChoices = new JsonArray();
        foreach (var track in tracks)
            trackChoices.Add(new JsonObject { ["choice"] = track, ["description"] = $"the {katas.Count(k => k.Track == track)} katas of the {track} track" });
        trackChoices.Add(new JsonObject { ["choice"] = "all", ["description"] = $"all {katas.Count} katas" });

        var kataChoices = new JsonArray();
        foreach (var kata in katas.OrderBy(k => k.Slug, StringComparer.Ordinal))
            kataChoices.Add(new JsonObject { ["choice"] = kata.Slug, ["description"] = $"{kata.Title} ({kata.Track}, {kata.Difficulty}, {kata.Minutes} min)" });

        var symbols = new JsonObject
        {
            ["track"] = new JsonObject
            {
                ["type"] = "parameter",
                ["datatype"] = "choice",
                ["choices"] = trackChoices,
                ["defaultValue"] = "all",
                ["description"] = "Which katas to scaffold: a whole track, or all of them. Ignored when --katas is given.",
            },
            ["katas"] = new JsonObject
            {
                ["type"] = "parameter",
                ["datatype"] = "choice",
                ["allowMultipleValues"] = true,
                ["enableQuotelessLiterals"] = true,
                ["choices"] = kataChoices,
                ["defaultValue"] = "",
                ["description"] = "Pick katas by slug instead of a track; repeat the option or separate slugs with '|' (e.g. --katas roc-auc --katas lru-cache).",
            },
            ["framework"] = new JsonObject
            {
                ["type"] = "parameter",
                ["datatype"] = "choice",
                ["choices"] = new JsonArray(
                    new JsonObject { ["choice"] = "net10.0", ["description"] = ".NET 10" },
                    new JsonObject { ["choice"] = "net9.0", ["description"] = ".NET 9" },
                    new JsonObject { ["choice"] = "net8.0", ["description"] = ".NET 8" }),
                ["defaultValue"] = "net10.0",
                ["replaces"] = "TARGET_FRAMEWORK",
                ["description"] = "The target framework of the workspace; its SDK must be installed.",
            },
            ["feed"] = new JsonObject
            {
                ["type"] = "parameter",
                ["datatype"] = "text",
                ["defaultValue"] = "",
                ["replaces"] = "MLKATA_FEED_PATH",
                ["description"] = "An absolute path to a local folder of packages to restore from, and from nothing else (an offline feed built from source). Without it the workspace uses your usual NuGet sources.",
            },
            ["hasFeed"] = new JsonObject { ["type"] = "computed", ["value"] = "(feed != \"\")" },
            // "Was --katas given?": the engine has no emptiness test for a multi-choice value, so ask for each choice.
            ["anyKatas"] = new JsonObject { ["type"] = "computed", ["value"] = "(" + string.Join(" || ", katas.Select(k => $"katas == \"{k.Slug}\"")) + ")" },
        };
        foreach (var kata in katas)
        {
            symbols[KataSymbol(kata)] = new JsonObject
            {
                ["type"] = "computed",
                ["value"] = $"((anyKatas && katas == \"{kata.Slug}\") || (!anyKatas && (track == \"{kata.Track}\" || track == \"all\")))",
            };
        }
        var modifiers = new JsonArray { new JsonObject { ["condition"] = "(!hasFeed)", ["exclude"] = new JsonArray("nuget.config") } };
        foreach (var kata in katas)
            modifiers.Add(new JsonObject { ["condition"] = $"(!{KataSymbol(kata)})", ["exclude"] = new JsonArray($"katas/{kata.Slug}/**") });
        foreach (var support in katas.SelectMany(k => k.Support).Distinct(StringComparer.Ordinal))
        {
            var users = katas.Where(k => k.Support.Contains(support)).Select(KataSymbol);
            symbols["support_" + support] = new JsonObject { ["type"] = "computed", ["value"] = "(" + string.Join(" || ", users) + ")" };
            modifiers.Add(new JsonObject { ["condition"] = $"(!support_{support})", ["exclude"] = new JsonArray($"support/{support}.cs") });
        }

        var template = new JsonObject
        {
            ["$schema"] = "http://json.schemastore.org/template",
            ["author"] = "MlKata",
            ["classifications"] = new JsonArray("Test", "Interview", "Machine Learning", "Algorithms"),
            ["identity"] = settings.Identity,
            ["groupIdentity"] = settings.Identity,
            ["name"] = settings.DisplayName,
            ["shortName"] = settings.ShortName,
            ["description"] = $"A workspace of {katas.Count} coding-interview katas (ML and algorithms) with xunit tests and live analyzer hints.",
            ["tags"] = new JsonObject { ["language"] = "C#", ["type"] = "project" },
            ["sourceName"] = SourceName,
            ["preferNameDirectory"] = true,
            ["symbols"] = symbols,
            ["sources"] = new JsonArray(new JsonObject { ["modifiers"] = modifiers }),
        };
        return template.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static void CopySkeleton(PackSettings settings, string root)
    {
        foreach (var file in Directory.GetFiles(settings.SkeletonDirectory, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(settings.SkeletonDirectory, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")) continue;
            string text = File.ReadAllText(file);
            foreach (var (token, value) in settings.Tokens) text = text.Replace("{{" + token + "}}", value, StringComparison.Ordinal);
            Write(Path.Combine(root, relative), text);
        }
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n"));
    }
}
