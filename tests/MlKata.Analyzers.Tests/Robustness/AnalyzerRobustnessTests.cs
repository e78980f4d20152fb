using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace MlKata.Analyzers.Tests.Robustness;

/// <summary>
/// The analyzers run in the editor on every keystroke, so they must never throw (AD0001), whatever
/// the text. Each kata's stub, reference, mistakes and alternatives are replayed as a user would
/// type them, token by token, and mangled at random; every MlKata analyzer runs on each state.
/// Run alone with <c>dotnet test tests/MlKata.Analyzers.Tests --filter "FullyQualifiedName~Robustness"</c>;
/// each case prints its counts and time.
/// </summary>
public sealed class AnalyzerRobustnessTests(ITestOutputHelper output)
{
    public static TheoryData<string> Katas()
    {
        var data = new TheoryData<string>();
        foreach (var kata in KataCorpus.KataFolders()) data.Add(kata);
        return data;
    }

    [Theory]
    [MemberData(nameof(Katas))]
    public async Task Analyzers_never_throw_while_a_kata_is_typed_or_mangled(string kata)
    {
        var files = KataCorpus.Load(kata);
        var harness = new RobustnessHarness(AnalyzerCatalog.All, KataCorpus.SupportTrees(kata));
        // Every prefix that ends in a syntactic shape the kata has not shown yet, and a mutant of
        // 20 random edits per file (see RobustnessPlan for why not every prefix in CI). With
        // MLKATA_ROBUSTNESS=full, every prefix of every file: about 25 CPU-minutes, on demand.
        bool full = Environment.GetEnvironmentVariable("MLKATA_ROBUSTNESS") == "full";
        var plan = new RobustnessPlan(KataCorpus.StableHash(kata), EveryPrefix: _ => full);
        var report = await Task.Run(() => harness.Run(files, plan));
        output.WriteLine(report.Summary(kata));
        if (report.Failures.Count > 0) throw new XunitException(report.FailureMessage(kata));
    }

    [Fact]
    public async Task The_harness_reports_an_analyzer_that_throws_part_way_through_typing()
    {
        // Throws once a division is typed: the early prefixes are fine, the later ones all fail.
        var source = new KataFile("sample/Sample.cs", """
            namespace MlKata.Katas;
            public static class Sample
            {
                public static double Ratio(int a, int b) => (double)a / b;
            }
            """);
        var harness = new RobustnessHarness([new ThrowsOnDivisionAnalyzer()], []);
        var report = await Task.Run(() => harness.Run([source], new RobustnessPlan(1, EveryPrefix: _ => true, MutantsPerFile: 5)));

        Assert.NotEmpty(report.Failures);
        var first = report.Failures[0];
        Assert.Equal("sample/Sample.cs", first.File);
        Assert.Contains("division seen", first.Exception);
        Assert.Contains(nameof(ThrowsOnDivisionAnalyzer), first.Exception);
        Assert.Contains("prefix", first.Where);
        // The first failing prefix is the one that just typed the divisor.
        Assert.EndsWith("(double)a /»", first.Where);
        var message = report.FailureMessage("sample");
        Assert.Contains("division seen", message);
        Assert.Contains("sample/Sample.cs", message);

        // The kata cases' plan (new shapes only, one mutant) catches it too.
        var shapes = await Task.Run(() => harness.Run([source], new RobustnessPlan(2, EveryPrefix: _ => false)));
        Assert.Contains(shapes.Failures, f => f.Where.EndsWith("(double)a /»", StringComparison.Ordinal));
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowsOnDivisionAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("TST9001", "never reported", "never reported", "Test", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationAction(c =>
            {
                if (c.Operation is Microsoft.CodeAnalysis.Operations.IBinaryOperation { OperatorKind: Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.Divide })
                    throw new InvalidOperationException("division seen");
            }, OperationKind.Binary);
        }
    }
}

/// <summary>One source file to replay: its path relative to the repository root, and its text.</summary>
public sealed record KataFile(string Path, string Text);

/// <summary>Every MlKata rule, each as an analyzer of its own, so a failure names the rule.</summary>
public static class AnalyzerCatalog
{
    public static ImmutableArray<DiagnosticAnalyzer> All => MlKata.Analyzers.MlKataAnalyzer.Rules;
}

/// <summary>The kata folders and the files of each that a user or an author types.</summary>
public static class KataCorpus
{
    public static string RepositoryRoot { get; } = FindRoot();

    private static string KatasRoot => System.IO.Path.Combine(RepositoryRoot, "katas");

    /// <summary>Each folder holding a kata.json, as a path relative to katas/ with forward slashes.</summary>
    public static IEnumerable<string> KataFolders() =>
        Directory.EnumerateFiles(KatasRoot, "kata.json", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(KatasRoot, System.IO.Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>The stub (&lt;Type&gt;.cs), .meta/Reference.cs, .meta/mistakes/*.cs and .meta/alternatives/*.cs.</summary>
    public static IReadOnlyList<KataFile> Load(string kata)
    {
        string folder = System.IO.Path.Combine(KatasRoot, kata);
        string type = ReadManifest(kata).Type;
        var paths = new List<string> { System.IO.Path.Combine(folder, type + ".cs"), System.IO.Path.Combine(folder, ".meta", "Reference.cs") };
        foreach (var sub in new[] { "mistakes", "alternatives" })
        {
            string dir = System.IO.Path.Combine(folder, ".meta", sub);
            if (Directory.Exists(dir)) paths.AddRange(Directory.EnumerateFiles(dir, "*.cs").OrderBy(p => p, StringComparer.Ordinal));
        }
        var missing = paths.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0) throw new XunitException($"katas/{kata} lacks {string.Join(", ", missing.Select(Relative))}");
        return paths.Select(p => new KataFile(Relative(p), File.ReadAllText(p))).ToList();
    }

    /// <summary>The support files kata.json names (e.g. TreeNode), which the kata's code refers to.</summary>
    public static IReadOnlyList<SyntaxTree> SupportTrees(string kata) =>
        ReadManifest(kata).Support
            .Select(name => System.IO.Path.Combine(KatasRoot, "support", name + ".cs"))
            .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), RobustnessHarness.ParseOptions, Relative(p)))
            .ToList();

    /// <summary>A hash that is the same on every run and every machine (string.GetHashCode is not).</summary>
    public static int StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text) hash = (hash ^ c) * 16777619;
        return (int)(hash & 0x7fffffff);
    }

    private static (string Type, IReadOnlyList<string> Support) ReadManifest(string kata)
    {
        string path = System.IO.Path.Combine(KatasRoot, kata, "kata.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        string type = json.RootElement.GetProperty("type").GetString()!;
        var support = json.RootElement.TryGetProperty("support", out var s) && s.ValueKind == JsonValueKind.Array
            ? s.EnumerateArray().Select(e => e.GetString()!).ToList()
            : [];
        return (type, support);
    }

    private static string Relative(string path) => System.IO.Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/');

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "MlKata.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No MlKata.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>An analyzer exception: where (file, prefix or mutant) and what.</summary>
public sealed record RobustnessFailure(string File, int Order, string Where, string Exception);

/// <summary>
/// What to replay: the prefixes of the files <see cref="EveryPrefix"/> selects, cut after every
/// token; of the other files, the prefixes cut after a token whose shape (see
/// <see cref="RobustnessHarness.Shape"/>, <see cref="ShapeDepth"/> ancestors) no earlier prefix of the
/// run ended in, files taken in order (stub, reference, mistakes, alternatives). And
/// <see cref="MutantsPerFile"/> mangled copies of each file, with <see cref="EditsPerMutant"/> random
/// edits each (delete a token, swap an operator, duplicate a token, drop a bracket).
/// </summary>
/// <remarks>
/// Why not every prefix of every file: one analysis of one state (a new compilation, its binding,
/// nullable and flow analysis, the IOperation trees and the analyzer driver) costs 4 to 10 ms of CPU
/// even with the references loaded once, incremental parsing and ReplaceSyntaxTree, and the katas
/// hold about 169,000 tokens: 15 to 30 CPU minutes. Filtering the semantic analysis to the member
/// being typed saved little, since the driver binds the whole tree. So the kata cases replay each
/// distinct syntactic shape (about 5,900 prefixes over the 55 katas) and one mutant per file.
/// </remarks>
public sealed record RobustnessPlan(int Seed, Func<KataFile, bool> EveryPrefix, int MutantsPerFile = 1, int EditsPerMutant = 20, int ShapeDepth = 1);

public sealed class RobustnessReport
{
    public ConcurrentQueue<RobustnessFailure> AllFailures { get; } = new();
    public IReadOnlyList<RobustnessFailure> Failures => AllFailures.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Order).ToList();
    public int Files;
    public int Prefixes;
    public int PrefixesSkipped;
    public int Mutants;
    public TimeSpan Elapsed;
    public ConcurrentDictionary<string, double> SecondsPerFile { get; } = new();

    public string Summary(string name) =>
        $"{name}: {Files} files, {Prefixes} prefixes ({PrefixesSkipped} more of a shape seen before), {Mutants} mutants, {Failures.Count} failures in {Elapsed.TotalSeconds:F2} s"
        + $" (slowest file {SecondsPerFile.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value:F2} s").FirstOrDefault()})";

    public string FailureMessage(string name)
    {
        var text = new StringBuilder();
        text.AppendLine($"{name}: an analyzer threw on {Failures.Count} of the {Prefixes} prefixes and {Mutants} mutants; analyzers must never throw (AD0001).");
        // One entry per distinct exception, with its first occurrence; the rest are counted.
        foreach (var group in Failures.GroupBy(f => FirstLines(f.Exception, 3)).Take(10))
        {
            var first = group.First();
            text.AppendLine();
            text.AppendLine($"{first.File}, {first.Where}");
            text.AppendLine(first.Exception);
            if (group.Count() > 1) text.AppendLine($"(and {group.Count() - 1} more states with the same exception)");
        }
        return text.ToString();
    }

    private static string FirstLines(string text, int count) => string.Join("\n", text.Split('\n').Take(count));
}

/// <summary>
/// Replays files through analyzers and collects their exceptions (the onAnalyzerException callback,
/// AD0001 diagnostics, or the analysis itself throwing). The Net80 references are loaded once and
/// shared by every compilation; a file's prefixes are parsed incrementally (each text is the last
/// plus what follows it) and swapped into the compilation with ReplaceSyntaxTree; work items of a
/// few prefixes each are spread over the cores.
/// </summary>
public sealed class RobustnessHarness(ImmutableArray<DiagnosticAnalyzer> analyzers, IReadOnlyList<SyntaxTree> supportTrees)
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    // The implicit usings of a workspace project.
    private static readonly SyntaxTree GlobalUsings = CSharpSyntaxTree.ParseText("""
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """, ParseOptions, "GlobalUsings.g.cs");

    private static readonly CSharpCompilation Empty = CSharpCompilation.Create(
        "Kata", [GlobalUsings], Net80.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));

    private static readonly string[] Operators = ["+", "-", "*", "/", "==", "!=", "<", ">", "&&", "||"];
    private static readonly string[] Brackets = ["(", ")", "{", "}"];

    /// <summary>Prefixes per work item: enough to amortise a fresh parse, few enough to balance two cores.</summary>
    public int ChunkSize { get; init; } = 16;

    public RobustnessReport Run(IReadOnlyList<KataFile> files, RobustnessPlan plan)
    {
        var report = new RobustnessReport { Files = files.Count };
        var clock = Stopwatch.StartNew();
        var baseCompilation = Empty.AddSyntaxTrees(supportTrees);
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        var work = new List<Action>();
        foreach (var file in files)
        {
            var full = CSharpSyntaxTree.ParseText(SourceText.From(file.Text), ParseOptions, file.Path);
            var tokens = full.GetRoot().DescendantTokens(descendIntoTrivia: false).Where(t => t.Span.Length > 0).ToList();
            bool every = plan.EveryPrefix(file);
            var cuts = new List<int>();
            foreach (var token in tokens)
                if (shapes.Add(Shape(token, plan.ShapeDepth)) | every) cuts.Add(token.Span.End);
            report.Prefixes += cuts.Count;
            report.PrefixesSkipped += tokens.Count - cuts.Count;
            for (int start = 0; start < cuts.Count; start += ChunkSize)
            {
                var chunk = cuts.GetRange(start, Math.Min(ChunkSize, cuts.Count - start));
                work.Add(() => Timed(report, file.Path, () => CheckPrefixes(baseCompilation, file, chunk, report)));
            }
            int fileSeed = plan.Seed ^ KataCorpus.StableHash(file.Path);
            report.Mutants += plan.MutantsPerFile;
            work.Add(() => Timed(report, file.Path, () => CheckMutants(baseCompilation, file, full, tokens, plan, fileSeed, report)));
        }
        Parallel.ForEach(Partitioner.Create(work, loadBalance: true), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, item => item());
        report.Elapsed = clock.Elapsed;
        return report;
    }

    /// <summary>
    /// What the parser sees when the text stops after <paramref name="token"/>: its kind and the
    /// kinds of its <paramref name="depth"/> nearest ancestors in the complete file, each marked
    /// <c>]</c> when the token ends that node (the construct is complete) or <c>&gt;</c> when the
    /// prefix leaves it open.
    /// </summary>
    public static string Shape(SyntaxToken token, int depth) =>
        token.Kind() + string.Concat(token.Parent!.AncestorsAndSelf().Take(depth).Select(n => (n.Span.End == token.Span.End ? " ]" : " >") + n.Kind()));

    private static void Timed(RobustnessReport report, string file, Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        report.SecondsPerFile.AddOrUpdate(file, clock.Elapsed.TotalSeconds, (_, s) => s + clock.Elapsed.TotalSeconds);
    }

    private void CheckPrefixes(CSharpCompilation baseCompilation, KataFile file, List<int> cuts, RobustnessReport report)
    {
        SourceText? text = null;
        SyntaxTree? tree = null;
        var compilation = baseCompilation;
        foreach (int cut in cuts)
        {
            if (tree is null || text is null)
            {
                text = SourceText.From(file.Text[..cut]);
                tree = CSharpSyntaxTree.ParseText(text, ParseOptions, file.Path);
                compilation = baseCompilation.AddSyntaxTrees(tree);
            }
            else
            {
                // Typing: the new text is the old one plus what follows, so the parser reuses what it can.
                text = text.WithChanges(new TextChange(new TextSpan(text.Length, 0), file.Text[text.Length..cut]));
                var next = tree.WithChangedText(text);
                compilation = compilation.ReplaceSyntaxTree(tree, next);
                tree = next;
            }
            Analyze(compilation, report, file.Path, cut, () => DescribeCut(file.Text, cut));
        }
    }

    private void CheckMutants(CSharpCompilation baseCompilation, KataFile file, SyntaxTree full, List<SyntaxToken> tokens, RobustnessPlan plan, int seed, RobustnessReport report)
    {
        if (tokens.Count == 0) return;
        var random = new Random(seed);
        var original = full.GetText();
        var operators = tokens.Where(t => Operators.Contains(t.Text)).ToList();
        var brackets = tokens.Where(t => Brackets.Contains(t.Text)).ToList();
        for (int i = 0; i < plan.MutantsPerFile; i++)
        {
            var changes = new List<(TextChange Change, string Description)>();
            for (int e = 0; e < plan.EditsPerMutant; e++)
            {
                var (change, description) = random.Next(4) switch
                {
                    0 => Delete(tokens[random.Next(tokens.Count)], "delete"),
                    1 when operators.Count > 0 => SwapOperator(operators[random.Next(operators.Count)], random),
                    2 => Duplicate(tokens[random.Next(tokens.Count)]),
                    3 when brackets.Count > 0 => Delete(brackets[random.Next(brackets.Count)], "drop"),
                    _ => Delete(tokens[random.Next(tokens.Count)], "delete"),
                };
                if (changes.Any(c => c.Change.Span.IntersectsWith(change.Span) || c.Change.Span.Start == change.Span.Start)) continue;
                changes.Add((change, description + " at " + LineColumn(file.Text, change.Span.Start)));
            }
            changes.Sort((a, b) => a.Change.Span.Start.CompareTo(b.Change.Span.Start));
            var mutated = original.WithChanges(changes.Select(c => c.Change));
            var tree = full.WithChangedText(mutated);
            var compilation = baseCompilation.AddSyntaxTrees(tree);
            string where = $"mutant {i + 1} (seed {seed}): {string.Join("; ", changes.Select(c => c.Description))}";
            Analyze(compilation, report, file.Path, int.MaxValue / 2 + i, () => where + "\n" + Excerpt(mutated.ToString(), changes[0].Change.Span.Start));
        }
    }

    private static (TextChange, string) Delete(SyntaxToken token, string verb) => (new TextChange(token.Span, ""), $"{verb} '{token.Text}'");

    private static (TextChange, string) Duplicate(SyntaxToken token) =>
        (new TextChange(new TextSpan(token.Span.End, 0), " " + token.Text), $"duplicate '{token.Text}'");

    private static (TextChange, string) SwapOperator(SyntaxToken token, Random random)
    {
        string other;
        do other = Operators[random.Next(Operators.Length)]; while (other == token.Text);
        return (new TextChange(token.Span, other), $"swap '{token.Text}' for '{other}'");
    }

    private void Analyze(Compilation compilation, RobustnessReport report, string file, int order, Func<string> where)
    {
        var crashes = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, analyzer, _) => { lock (crashes) crashes.Add($"{analyzer.GetType().FullName} threw {exception}"); },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        try
        {
            // The whole compilation: syntax, semantic and compilation-end actions all run. The other
            // trees (global usings, support files) are tiny; measured, this costs the same as the
            // tree's syntax and semantic analyses requested one by one.
            var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
            var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            // The same exceptions come back as AD0001 diagnostics; they only add something when
            // the callback above was bypassed.
            var reported = diagnostics.Where(d => d.Id.StartsWith("AD", StringComparison.Ordinal)).ToList();
            lock (crashes)
                if (crashes.Count == 0) crashes.AddRange(reported.Select(d => $"{d.Id}: {d.GetMessage()}"));
        }
        catch (Exception exception)
        {
            crashes.Add($"the analysis itself threw {exception}");
        }
        if (crashes.Count == 0) return;
        string place = where();
        foreach (var crash in crashes) report.AllFailures.Enqueue(new RobustnessFailure(file, order, place, crash));
    }

    private static string DescribeCut(string text, int cut) =>
        $"prefix of {cut} chars, up to {LineColumn(text, cut)}:\n«{text[Math.Max(0, cut - 160)..cut]}»";

    private static string Excerpt(string text, int at) => $"«{text[Math.Max(0, at - 80)..Math.Min(text.Length, at + 80)]}»";

    private static string LineColumn(string text, int position)
    {
        int line = 1, column = 1;
        for (int i = 0; i < position && i < text.Length; i++)
        {
            if (text[i] == '\n') { line++; column = 1; }
            else column++;
        }
        return $"{line}:{column}";
    }
}
