using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MlKata.Validation;

public sealed class ValidatorOptions
{
    /// <summary>The analyzers whose diagnostics the mistakes' headers name.</summary>
    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; init; } = MlKataAnalyzers.All;

    /// <summary>Diagnostics with this prefix are the kit's hints; others (compiler warnings) are ignored.</summary>
    public string DiagnosticPrefix { get; init; } = "MLK";

    /// <summary>Where support files named in kata.json live; by default the <c>support</c> folder beside the tracks.</summary>
    public string? SupportDirectory { get; init; }

    /// <summary>
    /// Katas whose slug and type no validated kata may reuse: a pack's validation passes
    /// <see cref="BuiltInKatas.All"/>, so that its katas can join a workspace of built-in ones.
    /// </summary>
    public IReadOnlyList<BuiltInKata> ReservedKatas { get; init; } = [];

    public int MinimumHints { get; init; } = 1;
    public int MinimumMistakes { get; init; } = 1;

    /// <summary>Paths in problems are written relative to this folder.</summary>
    public string DisplayRoot { get; init; } = Directory.GetCurrentDirectory();
}

/// <summary>What validating one kata found.</summary>
public sealed record KataReport(string Directory, KataManifest? Manifest, IReadOnlyList<Problem> Problems, int Variants, int Tests, TimeSpan Elapsed)
{
    public bool Ok => Problems.Count == 0;

    /// <summary>"ml/roc-auc has 2 problem(s):" and one problem a line: a test's failure message.</summary>
    public string Describe(string name) => $"{name} has {Problems.Count} problem(s):\n" + string.Join("\n", Problems);
}

/// <summary>
/// Checks kata folders: the manifest is well formed, the reference passes every test, the stub
/// fails every test, each mistake fails at least one test and raises exactly the diagnostics
/// its header names, and neither the reference nor the stub raises any.
/// </summary>
public sealed class KataValidator(ValidatorOptions options) : IDisposable
{
    public const string ManifestFile = "kata.json";
    public const string ReferenceFile = ".meta/Reference.cs";
    public const string MistakesFolder = ".meta/mistakes";
    public const string AlternativesFolder = ".meta/alternatives";

    private static readonly Regex ExpectHeader = new(@"^\s*//\s*Expect:\s*(?<ids>.*?)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);
    private static readonly Lazy<SyntaxTree[]> AlwaysTrees = new(() =>
        SupportFiles.Always.Select(f => KataCompiler.Parse(f.Value, f.Key)).ToArray());

    private readonly ImmutableHashSet<string> _knownDiagnostics =
        options.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToImmutableHashSet();

    private readonly TestWorkers _workers = new();
    private readonly ConcurrentDictionary<string, Lazy<SupportBuild?>> _supportBuilds = new(StringComparer.Ordinal);

    public ValidatorOptions Options => options;

    public void Dispose() => _workers.Dispose();

    /// <summary>Every folder under <paramref name="root"/> that holds a kata.json, in ordinal order.</summary>
    public static IReadOnlyList<string> Discover(string root) =>
        Directory.EnumerateFiles(root, ManifestFile, SearchOption.AllDirectories)
            .Select(Path.GetDirectoryName)
            .Where(d => !d!.Split(Path.DirectorySeparatorChar).Contains(".meta"))
            .Select(d => d!)
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();

    /// <summary>A kata's name in reports and test cases: its folder relative to <paramref name="root"/>, with '/' ("ml/roc-auc").</summary>
    public static string KataName(string root, string directory) => Path.GetRelativePath(root, directory).Replace('\\', '/');

    /// <summary>Validates every kata under <paramref name="root"/> in parallel, then checks them against each other.</summary>
    public IReadOnlyList<KataReport> ValidateAll(string root)
    {
        var folders = Discover(root);
        var reports = new KataReport[folders.Count];
        Parallel.For(0, folders.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => reports[i] = Validate(folders[i]));

        var crossProblems = new Dictionary<string, List<Problem>>();
        void Clash(Func<KataManifest, string> key, string field)
        {
            foreach (var group in reports.Where(r => r.Manifest is not null).GroupBy(r => key(r.Manifest!), StringComparer.Ordinal).Where(g => g.Count() > 1))
                foreach (var report in group)
                {
                    string others = string.Join(", ", group.Where(r => r != report).Select(r => Display(r.Directory)));
                    var list = crossProblems.TryGetValue(report.Directory, out var l) ? l : crossProblems[report.Directory] = [];
                    list.Add(new Problem(Display(Path.Combine(report.Directory, ManifestFile)), null, field, $"\"{group.Key}\" is also used by {others}"));
                }
        }
        Clash(m => m.Slug, "slug");
        Clash(m => m.Type, "type");
        return reports.Select(r => crossProblems.TryGetValue(r.Directory, out var extra) ? r with { Problems = [.. r.Problems, .. extra] } : r).ToList();
    }

    public KataReport Validate(string kataDirectory)
    {
        var clock = Stopwatch.StartNew();
        var problems = new List<Problem>();
        int variants = 0, tests = 0;
        string dir = Path.GetFullPath(kataDirectory);
        var manifest = KataManifest.Load(Path.Combine(dir, ManifestFile), Display(Path.Combine(dir, ManifestFile)), problems);
        if (manifest is null)
            return new KataReport(dir, null, problems, 0, 0, clock.Elapsed);

        try
        {
            CheckFolder(dir, manifest, problems, ref variants, ref tests);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new Problem(Display(dir), null, null, $"could not be read: {e.Message}"));
        }
        return new KataReport(dir, manifest, problems, variants, tests, clock.Elapsed);
    }

    private void CheckFolder(string dir, KataManifest manifest, List<Problem> problems, ref int variants, ref int tests)
    {
        string manifestPath = Display(Path.Combine(dir, ManifestFile));
        string manifestText = File.ReadAllText(Path.Combine(dir, ManifestFile));
        Problem Field(string field, string message) => new(manifestPath, KataManifest.LineOf(manifestText, field), field, message);
        string folderName = Path.GetFileName(dir);
        if (manifest.Slug != folderName)
            problems.Add(Field("slug", $"\"{manifest.Slug}\" must match the folder name \"{folderName}\""));
        string trackFolder = Path.GetFileName(Path.GetDirectoryName(dir)!);
        if (manifest.Track != trackFolder)
            problems.Add(Field("track", $"\"{manifest.Track}\" must match the track folder \"{trackFolder}\""));
        foreach (var (field, message) in BuiltInKatas.Clashes(manifest, options.ReservedKatas))
            problems.Add(Field(field, message));
        if (manifest.Hints.Count < options.MinimumHints)
            problems.Add(Field("hints", $"has {manifest.Hints.Count} hints; at least {options.MinimumHints} expected, from gentle to explicit"));
        foreach (var id in manifest.Diagnostics.Where(id => !_knownDiagnostics.Contains(id)))
            problems.Add(Field("diagnostics", $"\"{id}\" is not a rule of the analyzers"));

        string readme = Path.Combine(dir, "README.md");
        if (!File.Exists(readme) || new FileInfo(readme).Length == 0)
            problems.Add(new Problem(Display(readme), null, null, "is missing or empty: it is the kata's statement"));

        var support = new List<SyntaxTree>(AlwaysTrees.Value);
        string supportDir = options.SupportDirectory ?? Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(dir)!)!, "support");
        foreach (var name in manifest.Support)
        {
            string path = Path.Combine(supportDir, name + ".cs");
            if (File.Exists(path)) support.Add(KataCompiler.Parse(File.ReadAllText(path), path));
            else problems.Add(Field("support", $"\"{name}\" has no file {Display(path)}"));
        }

        string stubPath = Path.Combine(dir, manifest.Type + ".cs");
        string testsPath = Path.Combine(dir, manifest.Type + "Tests.cs");
        string referencePath = Path.Combine(dir, ReferenceFile);
        foreach (var (path, role) in new[] { (stubPath, "the stub"), (testsPath, "the tests"), (referencePath, "the reference solution") })
            if (!File.Exists(path))
                problems.Add(new Problem(Display(path), null, null, $"is missing: it holds {role} (type \"{manifest.Type}\" from kata.json)"));
        if (problems.Any(p => p.Message.StartsWith("is missing: it holds", StringComparison.Ordinal)))
            return;

        var testsTree = KataCompiler.Parse(File.ReadAllText(testsPath), testsPath);
        var supportBuild = SupportBuildFor(support);
        var mistakes = Directory.Exists(Path.Combine(dir, MistakesFolder))
            ? Directory.GetFiles(Path.Combine(dir, MistakesFolder), "*.cs").OrderBy(p => p, StringComparer.Ordinal).ToArray()
            : [];
        if (mistakes.Length < options.MinimumMistakes)
            problems.Add(new Problem(Display(Path.Combine(dir, MistakesFolder)), null, null, $"holds {mistakes.Length} mistake files; at least {options.MinimumMistakes} expected"));

        // The stub.
        var stub = RunVariant(stubPath, manifest, testsTree, support, supportBuild, problems, stopAtFirstFailure: false);
        variants++;
        if (stub is not null)
        {
            tests = stub.Outcomes.Count;
            if (stub.Outcomes.Count == 0)
                problems.Add(new Problem(Display(testsPath), null, null, "has no tests ([Fact] or [Theory] methods)"));
            foreach (var passed in stub.Outcomes.Where(o => o.Passed))
                problems.Add(new Problem(Display(testsPath), null, null, $"test {passed.Name} passes on the stub; every test must fail until the kata is solved"));
            ReportUnexpectedDiagnostics(stubPath, stub.Diagnostics, "the stub", problems);
        }

        // The reference.
        var reference = RunVariant(referencePath, manifest, testsTree, support, supportBuild, problems, stopAtFirstFailure: false);
        variants++;
        if (reference is not null)
        {
            foreach (var failed in reference.Outcomes.Where(o => !o.Passed))
                problems.Add(new Problem(Display(referencePath), null, null, $"fails test {failed.Name}: {failed.Failure}"));
            ReportUnexpectedDiagnostics(referencePath, reference.Diagnostics, "the reference", problems);
        }

        // Correct alternatives in other styles: they pass like the reference, and no hint fires on them.
        string alternatives = Path.Combine(dir, AlternativesFolder);
        foreach (var alternativePath in Directory.Exists(alternatives) ? Directory.GetFiles(alternatives, "*.cs").OrderBy(p => p, StringComparer.Ordinal).ToArray() : [])
        {
            variants++;
            var alternative = RunVariant(alternativePath, manifest, testsTree, support, supportBuild, problems, stopAtFirstFailure: false);
            if (alternative is null) continue;
            foreach (var failed in alternative.Outcomes.Where(o => !o.Passed))
                problems.Add(new Problem(Display(alternativePath), null, null, $"fails test {failed.Name}: {failed.Failure}"));
            ReportUnexpectedDiagnostics(alternativePath, alternative.Diagnostics, "a correct alternative", problems);
        }

        // The mistakes.
        foreach (var mistakePath in mistakes)
        {
            variants++;
            string text = File.ReadAllText(mistakePath);
            var header = ExpectHeader.Match(string.Join('\n', text.Split('\n').Take(10)));
            if (!header.Success)
            {
                problems.Add(new Problem(Display(mistakePath), 1, null, "has no header line \"// Expect: MLKxxxx\" (or \"// Expect: none\") in its first 10 lines"));
                continue;
            }
            var expected = header.Groups["ids"].Value.Equals("none", StringComparison.OrdinalIgnoreCase)
                ? []
                : header.Groups["ids"].Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            int headerLine = text[..header.Index].Count(c => c == '\n') + 1;
            foreach (var id in expected.Where(id => !_knownDiagnostics.Contains(id)))
                problems.Add(new Problem(Display(mistakePath), headerLine, null, $"names {id}, which is not a rule of the analyzers"));
            foreach (var id in expected.Where(id => _knownDiagnostics.Contains(id) && !manifest.Diagnostics.Contains(id)))
                problems.Add(Field("diagnostics", $"does not list {id}, which {Path.GetFileName(mistakePath)} expects; list every rule that watches this kata"));

            var run = RunVariant(mistakePath, manifest, testsTree, support, supportBuild, problems, stopAtFirstFailure: true);
            if (run is null) continue;
            if (run.Outcomes.Count > 0 && run.Outcomes.All(o => o.Passed))
                problems.Add(new Problem(Display(mistakePath), headerLine, null, "passes every test; add a test that rejects this mistake"));
            var raised = run.Diagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var missing in expected.Except(raised))
                problems.Add(new Problem(Display(mistakePath), headerLine, null, $"expects {missing}, but the analyzers do not raise it"));
            foreach (var extra in run.Diagnostics.Where(d => !expected.Contains(d.Id)))
                problems.Add(new Problem(Display(mistakePath), extra.Location.GetLineSpan().StartLinePosition.Line + 1, null,
                    $"raises {extra.Id} ({extra.GetMessage()}), which its header does not name"));
        }
    }

    private sealed record VariantRun(List<TestOutcome> Outcomes, List<Diagnostic> Diagnostics);

    /// <summary>The support files compiled once into an assembly of their own, which every variant of a kata references.</summary>
    private sealed record SupportBuild(byte[] Image, MetadataReference Reference);

    private SupportBuild? SupportBuildFor(List<SyntaxTree> support)
    {
        string key = string.Join("|", support.Select(t => t.FilePath + ":" + t.GetText().ToString().GetHashCode()));
        return _supportBuilds.GetOrAdd(key, k => new Lazy<SupportBuild?>(() =>
        {
            var image = KataCompiler.Emit(KataCompiler.Create("MlKata.Support", support), out _);
            return image is null ? null : new SupportBuild(image, MetadataReference.CreateFromImage(image));
        })).Value;
    }

    private VariantRun? RunVariant(string path, KataManifest manifest, SyntaxTree testsTree, List<SyntaxTree> support, SupportBuild? supportBuild, List<Problem> problems, bool stopAtFirstFailure)
    {
        var tree = KataCompiler.Parse(File.ReadAllText(path), path);
        if (!tree.GetRoot().DescendantNodes(n => n is not BaseMethodDeclarationSyntax).OfType<BaseTypeDeclarationSyntax>().Any(t => t.Identifier.ValueText == manifest.Type))
            problems.Add(new Problem(Display(path), null, null, $"does not declare the type \"{manifest.Type}\" that kata.json names"));

        // The support files are compiled once per kata and referenced; should that not compile (a
        // support member the tests reach that is internal), everything compiles together as in a workspace.
        string name = manifest.Slug.Replace('-', '_') + "_" + Path.GetFileNameWithoutExtension(path).Replace('-', '_');
        byte[]? image = null, supportImage = null;
        Microsoft.CodeAnalysis.CSharp.CSharpCompilation? compilation = null;
        IReadOnlyList<Diagnostic> errors = [];
        if (supportBuild is not null)
        {
            compilation = KataCompiler.Create(name, [tree, testsTree]).AddReferences(supportBuild.Reference);
            image = KataCompiler.Emit(compilation, out errors);
            if (image is not null) supportImage = supportBuild.Image;
        }
        if (image is null)
        {
            compilation = KataCompiler.Create(name, [tree, testsTree, .. support]);
            image = KataCompiler.Emit(compilation, out errors);
        }
        if (image is null)
        {
            foreach (var error in errors.Take(5))
            {
                var span = error.Location.GetLineSpan();
                problems.Add(new Problem(Display(span.Path), span.StartLinePosition.Line + 1, null, $"does not compile: {error.Id}: {error.GetMessage()}"));
            }
            return null;
        }

        var diagnostics = AnalyzerDiagnostics(compilation!, tree, path, problems);
        List<TestOutcome> outcomes;
        try
        {
            outcomes = _workers.Run(image, supportImage, stopAtFirstFailure).Outcomes;
        }
        catch (Exception e)
        {
            problems.Add(new Problem(Display(path), null, null, $"its tests could not be run: {e.GetType().Name}: {e.Message}"));
            return null;
        }
        return new VariantRun(outcomes, diagnostics);
    }

    private List<Diagnostic> AnalyzerDiagnostics(Microsoft.CodeAnalysis.CSharp.CSharpCompilation compilation, SyntaxTree tree, string path, List<Problem> problems)
    {
        if (options.Analyzers.IsEmpty) return [];
        var crashes = new ConcurrentBag<string>();
        var withAnalyzers = compilation.WithAnalyzers(options.Analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (e, analyzer, _) => crashes.Add($"{analyzer.GetType().Name} threw {e.GetType().Name}: {e.Message}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false));
        // Only the variant's own file is analysed: the tests and support files are the same for
        // every variant, and analysing the whole compilation would bind them all again each time.
        var diagnostics = withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None).GetAwaiter().GetResult()
            .AddRange(withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(withAnalyzers.Compilation.GetSemanticModel(tree), null, CancellationToken.None).GetAwaiter().GetResult());
        foreach (var crash in crashes.Distinct())
            problems.Add(new Problem(Display(path), null, null, $"crashes an analyzer (AD0001): {crash}"));
        foreach (var ad in diagnostics.Where(d => d.Id == "AD0001"))
            problems.Add(new Problem(Display(path), null, null, $"crashes an analyzer (AD0001): {ad.GetMessage()}"));
        return diagnostics
            .Where(d => d.Location.SourceTree == tree && d.Id.StartsWith(options.DiagnosticPrefix, StringComparison.Ordinal))
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToList();
    }

    private void ReportUnexpectedDiagnostics(string path, List<Diagnostic> diagnostics, string what, List<Problem> problems)
    {
        foreach (var d in diagnostics)
            problems.Add(new Problem(Display(path), d.Location.GetLineSpan().StartLinePosition.Line + 1, null,
                $"raises {d.Id} ({d.GetMessage()}); {what} must raise no hint"));
    }

    private string Display(string path) =>
        Path.GetRelativePath(options.DisplayRoot, path).Replace('\\', '/');
}
