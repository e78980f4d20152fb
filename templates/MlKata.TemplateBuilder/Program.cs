using MlKata.TemplateBuilder;
using MlKata.Validation;

// mlkata-template-builder --katas DIR --skeleton DIR --out DIR [--token NAME=VALUE]...
var values = new Dictionary<string, string>();
var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
for (int i = 0; i + 1 < args.Length; i += 2)
{
    if (args[i] == "--token" && args[i + 1].IndexOf('=') is > 0 and var eq) tokens[args[i + 1][..eq]] = args[i + 1][(eq + 1)..];
    else values[args[i]] = args[i + 1];
}
if (!values.TryGetValue("--katas", out var katas) || !values.TryGetValue("--skeleton", out var skeleton) || !values.TryGetValue("--out", out var output))
{
    Console.Error.WriteLine("usage: mlkata-template-builder --katas DIR --skeleton DIR --out DIR [--token NAME=VALUE]...");
    return 2;
}
var problems = new List<Problem>();
var built = TemplateBuilder.Build(new PackSettings(katas, skeleton, output, tokens), problems);
foreach (var problem in problems) Console.Error.WriteLine($"error: {problem}");
if (problems.Count > 0) return 1;
Console.WriteLine($"mlkata-template-builder: {built.Count} katas -> {output}");
return 0;
