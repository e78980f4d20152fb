using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MlKata.Validation;

namespace MlKata.TemplateBuilder;

/// <summary>What a kata pack's templates are built from.</summary>
public sealed record PackSettings(
    string KatasDirectory,
    string SkeletonDirectory,
    string OutputDirectory,
    IReadOnlyDictionary<string, string> Tokens)
{
    /// <summary>The pack's value of <c>--pack</c> in the <c>mlkata</c> and <c>mlkata-kata</c> template groups.</summary>
    public string PackName { get; init; } = TemplateBuilder.BuiltInPack;

    /// <summary>How the pack is described in <c>--help</c> and in the workspace README.</summary>
    public string PackTitle { get; init; } = "MlKata's built-in katas";

    /// <summary>The start of the templates' identities (the pack's package id).</summary>
    public string IdentityPrefix { get; init; } = "MlKata.BuiltIn";

    /// <summary>Within a group, a plain <c>dotnet new mlkata</c> picks the pack of highest precedence.</summary>
    public int Precedence { get; init; } = TemplateBuilder.BuiltInPrecedence;

    /// <summary>The folder of the <c>mlkata-pack</c> authoring template; only the built-in pack has it.</summary>
    public string? AuthoringSkeletonDirectory { get; init; }

    /// <summary>Refuse katas whose slug or type a built-in kata already uses (every pack but the built-in one).</summary>
    public bool CheckBuiltInNames { get; init; }
}

/// <summary>
/// Writes the template content of a kata pack from its kata folders: the <c>mlkata</c>
/// workspace template, the <c>mlkata-kata</c> template that adds one kata to a workspace, and
/// for the built-in pack the <c>mlkata-pack</c> authoring template. Every pack's templates
/// join the same two template groups and tell themselves apart by their <c>--pack</c> value,
/// so installed packs never clash on a short name.
/// </summary>
public static class TemplateBuilder
{
    public const string SourceName = "MlKataWorkspace";
    public const string BuiltInPack = "builtin";
    public const int BuiltInPrecedence = 2000;
    public const int PackPrecedence = 1000;
    public const string WorkspaceGroup = "MlKata.Workspace";
    public const string KataGroup = "MlKata.Kata";

    private static readonly Regex PackNamePattern = new("^[a-z0-9]+([.-][a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private const string ManualInstructions = "AC1156F7-BB77-4DB8-B28F-24EEBCCA1E5C";

    public static IReadOnlyList<KataManifest> Build(PackSettings settings, List<Problem> problems)
    {
        if (!PackNamePattern.IsMatch(settings.PackName))
            problems.Add(new Problem("MlKataPackName", null, null, $"\"{settings.PackName}\" is not a pack name: lowercase letters and digits, in words joined by '.' or '-'"));
        else if (settings.PackName == BuiltInPack && settings.CheckBuiltInNames)
            problems.Add(new Problem("MlKataPackName", null, null, $"\"{BuiltInPack}\" is the name of MlKata's own pack; give your pack a name of its own"));

        var katas = new List<(KataManifest Manifest, string Directory)>();
        foreach (var dir in KataValidator.Discover(settings.KatasDirectory))
        {
            string manifestPath = Path.Combine(dir, KataValidator.ManifestFile);
            var manifest = KataManifest.Load(manifestPath, manifestPath, problems);
            if (manifest is null) continue;
            foreach (var file in new[] { manifest.Type + ".cs", manifest.Type + "Tests.cs", "README.md" })
                if (!File.Exists(Path.Combine(dir, file)))
                    problems.Add(new Problem(Path.Combine(dir, file), null, null, "is missing; a kata needs its stub, tests and README"));
            if (settings.CheckBuiltInNames)
            {
                string text = File.ReadAllText(manifestPath);
                foreach (var (field, message) in BuiltInKatas.Clashes(manifest, BuiltInKatas.All))
                    problems.Add(new Problem(manifestPath, KataManifest.LineOf(text, field), field, message));
            }
            katas.Add((manifest, dir));
        }
        foreach (var clash in katas.GroupBy(k => k.Manifest.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1)
                     .Concat(katas.GroupBy(k => k.Manifest.Type, StringComparer.Ordinal).Where(g => g.Count() > 1)))
            foreach (var (_, dir) in clash)
                problems.Add(new Problem(Path.Combine(dir, KataValidator.ManifestFile), null, null, $"\"{clash.Key}\" is used by {clash.Count()} katas: {string.Join(", ", clash.Select(k => k.Directory))}"));

        string supportDirectory = Path.Combine(settings.KatasDirectory, "support");
        foreach (var (manifest, dir) in katas)
            foreach (var name in manifest.Support.Where(n => !File.Exists(Path.Combine(supportDirectory, n + ".cs"))))
                problems.Add(new Problem(Path.Combine(dir, KataValidator.ManifestFile), null, "support", $"\"{name}\" has no file {Path.Combine(supportDirectory, name + ".cs")}"));
        if (katas.Count == 0 && !Directory.Exists(settings.KatasDirectory))
            problems.Add(new Problem(settings.KatasDirectory, null, null, "is not a folder; MlKataKatasDir must name the folder of your kata folders"));
        else if (katas.Count == 0)
            problems.Add(new Problem(settings.KatasDirectory, null, null, "holds no kata folders (folders with a kata.json)"));
        if (problems.Count > 0) return [];

        var manifests = katas.Select(k => k.Manifest).ToList();
        foreach (var name in new[] { "mlkata", "mlkata-kata", "mlkata-pack" })
        {
            string old = Path.Combine(settings.OutputDirectory, name);
            if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        }

        // mlkata: a whole workspace.
        string workspace = Path.Combine(settings.OutputDirectory, "mlkata");
        CopySkeleton(settings.SkeletonDirectory, workspace, settings.Tokens);
        foreach (var (name, text) in SupportFiles.Always)
            Write(Path.Combine(workspace, "support", name), text);
        WriteKatas(katas, supportDirectory, workspace);
        Write(Path.Combine(workspace, "README.md"), WorkspaceReadme(settings, manifests));
        Write(Path.Combine(workspace, ".template.config", "template.json"), Json(WorkspaceTemplate(settings, manifests)));

        // mlkata-kata: one kata into an existing workspace.
        string kata = Path.Combine(settings.OutputDirectory, "mlkata-kata");
        WriteKatas(katas, supportDirectory, kata);
        Write(Path.Combine(kata, ".template.config", "template.json"), Json(KataTemplate(settings, manifests)));

        // mlkata-pack: a kata pack of one's own.
        if (settings.AuthoringSkeletonDirectory is { } authoring)
            CopySkeleton(authoring, Path.Combine(settings.OutputDirectory, "mlkata-pack"), settings.Tokens);
        return manifests;
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

    /// <summary>The computed template symbol that is true when a kata is in the output.</summary>
    public static string KataSymbol(KataManifest kata) => "kata_" + Identifier(kata.Slug);

    private static string Identifier(string name) => Regex.Replace(name, "[^A-Za-z0-9]", "_");

    private static void WriteKatas(List<(KataManifest Manifest, string Directory)> katas, string supportDirectory, string root)
    {
        foreach (var name in katas.SelectMany(k => k.Manifest.Support).Distinct(StringComparer.Ordinal))
            Write(Path.Combine(root, "support", name + ".cs"), File.ReadAllText(Path.Combine(supportDirectory, name + ".cs")));
        foreach (var (manifest, dir) in katas)
        {
            string target = Path.Combine(root, "katas", manifest.Slug);
            Write(Path.Combine(target, manifest.Type + ".cs"), File.ReadAllText(Path.Combine(dir, manifest.Type + ".cs")));
            Write(Path.Combine(target, manifest.Type + "Tests.cs"), File.ReadAllText(Path.Combine(dir, manifest.Type + "Tests.cs")));
            Write(Path.Combine(target, "README.md"), KataReadme(manifest, File.ReadAllText(Path.Combine(dir, "README.md"))));
        }
    }

    private static string WorkspaceReadme(PackSettings settings, List<KataManifest> katas)
    {
        var text = new StringBuilder($$"""
            # MlKata practice workspace

            Each folder under `katas/` is one interview question ({{settings.PackTitle}}): read its
            `README.md`, write your answer in the stub (the `.cs` file named after the type), and run

            ```
            dotnet test                          # every kata
            dotnet test --filter {{katas[0].Type}}   # one kata, by its type name
            ```

            Every test fails until its kata is solved; a failure shows the inputs, the expected and the
            actual value, and which hint to read. The MlKata analyzers show hints in the editor as you
            type (VS Code with the C# extension; see `.vscode/`) and as warnings in `dotnet build`.
            Stuck? Each kata's README ends with hints, from gentle to explicit.

            Add one more kata later with `dotnet new mlkata-kata --kata <slug>`{{(settings.PackName == BuiltInPack ? "" : $" --pack {settings.PackName}")}}
            in this folder: it never overwrites a file you have edited.

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

    private static JsonObject PackSymbol(PackSettings settings) => new()
    {
        ["type"] = "parameter",
        ["datatype"] = "choice",
        ["choices"] = new JsonArray(new JsonObject { ["choice"] = settings.PackName, ["description"] = settings.PackTitle }),
        ["defaultValue"] = settings.PackName,
        ["description"] = "The kata pack to take katas from; every installed pack adds its name here.",
    };

    private static JsonObject WorkspaceTemplate(PackSettings settings, List<KataManifest> katas)
    {
        var tracks = katas.Select(k => k.Track).Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToList();
        var trackChoices = new JsonArray();
        foreach (var track in tracks)
            trackChoices.Add(new JsonObject { ["choice"] = track, ["description"] = $"the {katas.Count(k => k.Track == track)} katas of the {track} track" });
        trackChoices.Add(new JsonObject { ["choice"] = "all", ["description"] = $"all {katas.Count} katas" });

        var symbols = new JsonObject
        {
            ["pack"] = PackSymbol(settings),
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
                ["choices"] = KataChoices(katas),
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
            ["feed"] = FeedSymbol(),
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
            symbols["support_" + Identifier(support)] = new JsonObject { ["type"] = "computed", ["value"] = "(" + string.Join(" || ", users) + ")" };
            modifiers.Add(new JsonObject { ["condition"] = $"(!support_{Identifier(support)})", ["exclude"] = new JsonArray($"support/{support}.cs") });
        }

        var template = Template(settings, "Workspace", WorkspaceGroup, "MlKata practice workspace", "mlkata", "project",
            $"A workspace of coding-interview katas with xunit tests and live analyzer hints ({settings.PackTitle}: {katas.Count} katas).");
        template["sourceName"] = SourceName;
        template["preferNameDirectory"] = true;
        template["symbols"] = symbols;
        template["sources"] = new JsonArray(new JsonObject { ["modifiers"] = modifiers });
        return template;
    }

    /// <summary>What every template of a pack says about itself; its group and short name are shared by every pack.</summary>
    private static JsonObject Template(PackSettings settings, string kind, string group, string name, string shortName, string type, string description) => new()
    {
        ["$schema"] = "http://json.schemastore.org/template",
        ["author"] = settings.PackName == BuiltInPack ? "MlKata" : settings.IdentityPrefix,
        ["classifications"] = new JsonArray("Test", "Interview", "Machine Learning", "Algorithms"),
        ["identity"] = settings.IdentityPrefix + "." + kind,
        ["groupIdentity"] = group,
        ["precedence"] = settings.Precedence.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["name"] = name,
        ["shortName"] = shortName,
        ["description"] = description,
        ["tags"] = new JsonObject { ["language"] = "C#", ["type"] = type },
    };

    /// <summary>
    /// <c>mlkata-kata</c>: writes one kata into the workspace it is run in. The workspace's project
    /// tells the template (through an MSBuild property bound at instantiation) which kata files
    /// exist; a stub that exists is never written, so not even <c>--force</c> overwrites a
    /// solution. Outside a restored workspace nothing is written at all.
    /// </summary>
    private static JsonObject KataTemplate(PackSettings settings, List<KataManifest> katas)
    {
        var symbols = new JsonObject
        {
            ["pack"] = PackSymbol(settings),
            ["kata"] = new JsonObject
            {
                ["type"] = "parameter",
                ["datatype"] = "choice",
                ["isRequired"] = true,
                ["choices"] = KataChoices(katas),
                ["description"] = "The kata to add, by slug. Your stub is never overwritten, not even with --force.",
            },
            ["workspace"] = new JsonObject { ["type"] = "bind", ["binding"] = "msbuild:MlKataIsWorkspace", ["defaultValue"] = "" },
            ["files"] = new JsonObject { ["type"] = "bind", ["binding"] = "msbuild:MlKataFiles", ["defaultValue"] = "" },
            ["inWorkspace"] = new JsonObject { ["type"] = "computed", ["value"] = "(workspace == \"true\")" },
        };
        var modifiers = new JsonArray { new JsonObject { ["condition"] = "(!inWorkspace)", ["exclude"] = new JsonArray("**/*") } };
        var kept = new List<string>();
        foreach (var kata in katas)
        {
            string chosen = KataSymbol(kata), stub = "stub_" + Identifier(kata.Slug);
            symbols[chosen] = new JsonObject { ["type"] = "computed", ["value"] = $"(kata == \"{kata.Slug}\")" };
            symbols[stub] = Exists($"katas/{kata.Slug}/{kata.Type}.cs");
            modifiers.Add(new JsonObject { ["condition"] = $"(!{chosen})", ["exclude"] = new JsonArray($"katas/{kata.Slug}/**") });
            modifiers.Add(new JsonObject { ["condition"] = $"({stub})", ["exclude"] = new JsonArray($"katas/{kata.Slug}/{kata.Type}.cs") });
            kept.Add($"({chosen} && {stub})");
        }
        foreach (var support in katas.SelectMany(k => k.Support).Distinct(StringComparer.Ordinal))
        {
            string needed = "needs_" + Identifier(support), present = "has_" + Identifier(support);
            symbols[needed] = new JsonObject { ["type"] = "computed", ["value"] = "(" + string.Join(" || ", katas.Where(k => k.Support.Contains(support)).Select(KataSymbol)) + ")" };
            symbols[present] = Exists($"support/{support}.cs");
            modifiers.Add(new JsonObject { ["condition"] = $"(!{needed} || {present})", ["exclude"] = new JsonArray($"support/{support}.cs") });
        }
        symbols["keptStub"] = new JsonObject { ["type"] = "computed", ["value"] = "(inWorkspace && (" + string.Join(" || ", kept) + "))" };

        var template = Template(settings, "Kata", KataGroup, "MlKata kata", "mlkata-kata", "item",
            $"Adds one kata ({settings.PackTitle}) to the MlKata workspace in the current folder; never overwrites a stub you have edited.");
        template["symbols"] = symbols;
        template["sources"] = new JsonArray(new JsonObject { ["modifiers"] = modifiers });
        template["postActions"] = new JsonArray(
            new JsonObject
            {
                ["condition"] = "(keptStub)",
                ["description"] = "Your solution was kept.",
                ["actionId"] = ManualInstructions,
                ["manualInstructions"] = new JsonArray(new JsonObject { ["text"] = "The kata's stub already exists in this workspace: it was not written, and your solution is untouched. Delete the stub yourself to start the kata over." }),
                ["continueOnError"] = true,
            },
            new JsonObject
            {
                ["condition"] = "(!inWorkspace)",
                ["description"] = "Nothing was written: this is not a restored MlKata workspace.",
                ["actionId"] = ManualInstructions,
                ["manualInstructions"] = new JsonArray(new JsonObject { ["text"] = "Run this command in the folder of an MlKata workspace (the one with its .csproj), after `dotnet restore` there, so that it can see which katas you have." }),
                ["continueOnError"] = true,
            });
        return template;
    }

    /// <summary>A template symbol that is true when the workspace holds <paramref name="relativePath"/>.</summary>
    private static JsonObject Exists(string relativePath) => new()
    {
        ["type"] = "generated",
        ["generator"] = "regexMatch",
        ["datatype"] = "bool",
        ["parameters"] = new JsonObject
        {
            ["source"] = "files",
            ["pattern"] = "(^|[/\\\\])" + string.Join("[/\\\\]", relativePath.Split('/').Select(Regex.Escape)) + "(;|$)",
        },
    };

    private static JsonArray KataChoices(List<KataManifest> katas)
    {
        var choices = new JsonArray();
        foreach (var kata in katas.OrderBy(k => k.Slug, StringComparer.Ordinal))
            choices.Add(new JsonObject { ["choice"] = kata.Slug, ["description"] = $"{kata.Title} ({kata.Track}, {kata.Difficulty}, {kata.Minutes} min)" });
        return choices;
    }

    private static JsonObject FeedSymbol() => new()
    {
        ["type"] = "parameter",
        ["datatype"] = "text",
        ["defaultValue"] = "",
        ["replaces"] = "MLKATA_FEED_PATH",
        ["description"] = "An absolute path to a local folder of packages to restore from, and from nothing else (an offline feed built from source). Without it the workspace uses your usual NuGet sources.",
    };

    private static string Json(JsonObject value) => value.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static void CopySkeleton(string skeleton, string root, IReadOnlyDictionary<string, string> tokens)
    {
        foreach (var file in Directory.GetFiles(skeleton, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(skeleton, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")) continue;
            string text = File.ReadAllText(file);
            foreach (var (token, value) in tokens) text = text.Replace("{{" + token + "}}", value, StringComparison.Ordinal);
            Write(Path.Combine(root, relative), text);
        }
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n"));
    }
}
