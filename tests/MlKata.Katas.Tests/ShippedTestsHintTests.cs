using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlKata.Validation;

namespace MlKata.Katas.Tests;

/// <summary>
/// A workspace builds each kata's tests and the support files with the MlKata analyzers on, so
/// a hint that fires there is a warning about code the user never wrote (and, being a false
/// alarm, teaches the wrong thing). The validator already holds the stub and the reference to
/// no hints; this holds the tests and the support files to the same.
/// </summary>
public class ShippedTestsHintTests
{
    public static TheoryData<string> Katas()
    {
        var data = new TheoryData<string>();
        foreach (var dir in KataValidator.Discover(Repo.Katas))
            data.Add(Path.GetRelativePath(Repo.Katas, dir).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(Katas))]
    public async Task No_hint_fires_on_the_tests_or_the_support_files(string kata)
    {
        string dir = Path.Combine(Repo.Katas, kata);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, KataValidator.ManifestFile)));
        string type = manifest.RootElement.GetProperty("type").GetString()!;
        var support = manifest.RootElement.TryGetProperty("support", out var names)
            ? names.EnumerateArray().Select(n => n.GetString()!).ToList()
            : [];

        string stubPath = Path.Combine(dir, type + ".cs");
        var trees = new List<SyntaxTree>
        {
            KataCompiler.Parse(File.ReadAllText(stubPath), stubPath),
            KataCompiler.Parse(File.ReadAllText(Path.Combine(dir, type + "Tests.cs")), Path.Combine(dir, type + "Tests.cs")),
        };
        foreach (var (name, text) in SupportFiles.Always)
            trees.Add(KataCompiler.Parse(text, Path.Combine(Repo.Katas, "support", name)));
        foreach (var name in support)
        {
            string path = Path.Combine(Repo.Katas, "support", name + ".cs");
            trees.Add(KataCompiler.Parse(File.ReadAllText(path), path));
        }

        var compilation = KataCompiler.Create(kata.Replace('/', '_'), trees);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{kata} does not compile:\n" + string.Join("\n", errors));

        var all = await compilation
            .WithAnalyzers(MlKataAnalyzers.All, new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
                concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync();
        var diagnostics = all
            .Where(d => d.Location.SourceTree is { } tree && tree.FilePath != stubPath)
            .Where(d => d.Id.StartsWith("MLK", StringComparison.Ordinal) || d.Id == "AD0001")
            .ToList();
        Assert.True(diagnostics.Count == 0,
            $"{kata}: hints fire on code the workspace ships:\n" + string.Join("\n", diagnostics.Select(d =>
                $"{Path.GetRelativePath(Repo.Root, d.Location.SourceTree!.FilePath)}({d.Location.GetLineSpan().StartLinePosition.Line + 1}): {d.Id}: {d.GetMessage()}")));
    }
}
