using System.Globalization;
using MlKata.TemplateBuilder;
using MlKata.Validation;

// mlkata-template-builder --katas DIR --skeleton DIR --out DIR [--token NAME=VALUE]...
//   [--pack-name NAME --pack-title TEXT --identity PREFIX --precedence N --authoring DIR --check-builtin true|false]
// Run at pack time by MlKata.Authoring.targets. Problems are printed in MSBuild's canonical
// error format, so that `dotnet pack` shows each with its file and line.
const string usage = "usage: mlkata-template-builder --katas DIR --skeleton DIR --out DIR [--token NAME=VALUE]... [--pack-name NAME] [--pack-title TEXT] [--identity PREFIX] [--precedence N] [--authoring DIR] [--check-builtin true|false]";
var values = new Dictionary<string, string>(StringComparer.Ordinal);
var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
string[] known = ["--katas", "--skeleton", "--out", "--pack-name", "--pack-title", "--identity", "--precedence", "--authoring", "--check-builtin"];
for (int i = 0; i < args.Length; i += 2)
{
    if (i + 1 >= args.Length || !(args[i] == "--token" || known.Contains(args[i])))
    {
        Console.Error.WriteLine($"mlkata-template-builder: error MLKPACK: unexpected argument '{args[i]}'; {usage}");
        return 2;
    }
    if (args[i] == "--token" && args[i + 1].IndexOf('=') is > 0 and var eq) tokens[args[i + 1][..eq]] = args[i + 1][(eq + 1)..];
    else values[args[i]] = args[i + 1];
}
if (!values.TryGetValue("--katas", out var katas) || !values.TryGetValue("--skeleton", out var skeleton) || !values.TryGetValue("--out", out var output))
{
    Console.Error.WriteLine($"mlkata-template-builder: error MLKPACK: {usage}");
    return 2;
}
var settings = new PackSettings(katas, skeleton, output, tokens);
if (values.TryGetValue("--pack-name", out var packName)) settings = settings with { PackName = packName };
if (values.TryGetValue("--pack-title", out var packTitle) && packTitle.Length > 0) settings = settings with { PackTitle = packTitle };
if (values.TryGetValue("--identity", out var identity) && identity.Length > 0) settings = settings with { IdentityPrefix = identity };
if (values.TryGetValue("--precedence", out var precedence) && int.TryParse(precedence, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p)) settings = settings with { Precedence = p };
if (values.TryGetValue("--authoring", out var authoring) && authoring.Length > 0) settings = settings with { AuthoringSkeletonDirectory = authoring };
if (values.TryGetValue("--check-builtin", out var check)) settings = settings with { CheckBuiltInNames = check.Equals("true", StringComparison.OrdinalIgnoreCase) };

var problems = new List<Problem>();
var built = TemplateBuilder.Build(settings, problems);
foreach (var problem in problems)
{
    string where = problem.File + (problem.Line is int line ? $"({line})" : "");
    Console.Error.WriteLine($"{where}: error MLKPACK: {(problem.Field is null ? "" : $"field \"{problem.Field}\" ")}{problem.Message}");
}
if (problems.Count > 0) return 1;
Console.WriteLine($"mlkata-template-builder: pack '{settings.PackName}', {built.Count} katas -> {output}");
return 0;
