using System.Text.Json;
using System.Text.RegularExpressions;

namespace MlKata.Validation;

/// <summary>A kata's <c>kata.json</c>: what the kata is, for the template, the docs and the validator.</summary>
public sealed record KataManifest(
    string Slug,
    string Title,
    string Track,
    string Type,
    string Difficulty,
    int Minutes,
    IReadOnlyList<string> Tags,
    string Summary,
    IReadOnlyList<string> Hints,
    IReadOnlyList<string> Diagnostics,
    IReadOnlyList<string> Support)
{
    public static readonly string[] Difficulties = ["easy", "medium", "hard"];

    private static readonly Regex SlugPattern = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex TypePattern = new("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);
    private static readonly Regex DiagnosticPattern = new("^[A-Z]{2,}[0-9]{4}$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Reads and checks <paramref name="path"/>; every problem names the file, the line and the
    /// field. Returns null when the manifest is unusable.
    /// </summary>
    public static KataManifest? Load(string path, string displayPath, List<Problem> problems)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            problems.Add(new Problem(displayPath, null, null, $"cannot be read: {e.Message}"));
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            int? line = e.LineNumber is long l ? (int)l + 1 : null;
            problems.Add(new Problem(displayPath, line, null, $"is not valid JSON: {FirstSentence(e.Message)}"));
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new Problem(displayPath, 1, null, "must be a JSON object"));
                return null;
            }

            int before = problems.Count;
            void Error(string field, string message) => problems.Add(new Problem(displayPath, LineOf(text, field), field, message));

            string String(string field, bool required = true)
            {
                if (!root.TryGetProperty(field, out var value))
                {
                    if (required) Error(field, "is missing");
                    return "";
                }
                if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
                {
                    Error(field, "must be a non-empty string");
                    return "";
                }
                return value.GetString()!;
            }

            List<string> Strings(string field, bool required)
            {
                if (!root.TryGetProperty(field, out var value))
                {
                    if (required) Error(field, "is missing");
                    return [];
                }
                if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString())))
                {
                    Error(field, "must be an array of non-empty strings");
                    return [];
                }
                return value.EnumerateArray().Select(e => e.GetString()!).ToList();
            }

            string slug = String("slug");
            if (slug.Length > 0 && !SlugPattern.IsMatch(slug))
                Error("slug", $"\"{slug}\" must be lowercase words joined by hyphens, like \"binary-metrics\"");
            string title = String("title");
            string track = String("track");
            if (track.Length > 0 && !SlugPattern.IsMatch(track))
                Error("track", $"\"{track}\" must be lowercase words joined by hyphens, like \"ml\"");
            string type = String("type");
            if (type.Length > 0 && !TypePattern.IsMatch(type))
                Error("type", $"\"{type}\" must be a C# type name in PascalCase, like \"BinaryMetrics\"");
            string difficulty = String("difficulty");
            if (difficulty.Length > 0 && !Difficulties.Contains(difficulty))
                Error("difficulty", $"\"{difficulty}\" is not one of: {string.Join(", ", Difficulties)}");

            int minutes = 0;
            if (!root.TryGetProperty("minutes", out var minutesValue))
                Error("minutes", "is missing");
            else if (minutesValue.ValueKind != JsonValueKind.Number || !minutesValue.TryGetInt32(out minutes) || minutes < 1 || minutes > 180)
                Error("minutes", "must be a whole number of minutes from 1 to 180");

            var tags = Strings("tags", required: false);
            string summary = String("summary");
            var hints = Strings("hints", required: true);
            if (root.TryGetProperty("hints", out _) && hints.Count == 0 && problems.Count == before)
                Error("hints", "must hold at least one hint");
            var diagnostics = Strings("diagnostics", required: false);
            foreach (var id in diagnostics.Where(id => !DiagnosticPattern.IsMatch(id)))
                Error("diagnostics", $"\"{id}\" is not a diagnostic ID like \"MLK1001\"");
            var support = Strings("support", required: false);

            var known = new HashSet<string> { "slug", "title", "track", "type", "difficulty", "minutes", "tags", "summary", "hints", "diagnostics", "support" };
            foreach (var property in root.EnumerateObject().Where(p => !known.Contains(p.Name)))
                Error(property.Name, $"is not a known field (known: {string.Join(", ", known)})");

            return problems.Count == before
                ? new KataManifest(slug, title, track, type, difficulty, minutes, tags, summary, hints, diagnostics, support)
                : null;
        }
    }

    /// <summary>The 1-based line where <paramref name="field"/> is first written, or null.</summary>
    public static int? LineOf(string text, string field)
    {
        int at = text.IndexOf($"\"{field}\"", StringComparison.Ordinal);
        return at < 0 ? null : text.AsSpan(0, at).Count('\n') + 1;
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}

/// <summary>One thing wrong with a kata, located as precisely as it can be.</summary>
public sealed record Problem(string File, int? Line, string? Field, string Message)
{
    public override string ToString() =>
        File + (Line is int line ? $"({line})" : "") + ": " + (Field is null ? "" : $"field \"{Field}\" ") + Message;
}
