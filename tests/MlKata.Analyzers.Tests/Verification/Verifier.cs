using System.Collections.Immutable;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Sdk;

namespace MlKata.Analyzers.Tests.Verification;

/// <summary>
/// Checks an analyzer against markup (see <see cref="Markup"/>): the diagnostics it reports
/// must be exactly the marked ones. A failure prints the actual diagnostics as markup ready to
/// paste; an analyzer exception (AD0001) always fails. Compiles against the .NET 8 reference
/// assemblies, with C# 12 and nullable on, like a workspace.
/// </summary>
public static class Verifier<TAnalyzer> where TAnalyzer : DiagnosticAnalyzer, new()
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        usings: ["System", "System.Collections.Generic", "System.Linq"]);

    private const string GlobalUsings = "global using System; global using System.Collections.Generic; global using System.Linq;";

    /// <summary>The diagnostics of <typeparamref name="TAnalyzer"/> on <paramref name="markup"/> are exactly those marked.</summary>
    /// <param name="allowCompilerErrors">For half-typed code: compiler errors do not fail the check.</param>
    public static async Task VerifyAsync(string markup, bool allowCompilerErrors = false)
    {
        var (source, expected) = Markup.Parse(markup);
        var actual = await DiagnosticsAsync(source, allowCompilerErrors);
        var analyzer = new TAnalyzer();
        string? onlyId = analyzer.SupportedDiagnostics.Length == 1 ? analyzer.SupportedDiagnostics[0].Id : null;

        var expectedSet = expected.Select(e => (Id: e.Id ?? onlyId ?? "(a rule ID: use {|ID:...|})", e.Span)).ToList();
        var actualSet = actual.Select(d => (d.Id, d.Location.SourceSpan)).ToList();
        if (expectedSet.SequenceEqual(actualSet)) return;

        var message = new StringBuilder();
        message.AppendLine($"{typeof(TAnalyzer).Name} reported other diagnostics than the markup expects.");
        message.AppendLine("Expected:");
        foreach (var (id, span) in expectedSet) message.AppendLine($"  {Describe(source, id, span)}");
        if (expectedSet.Count == 0) message.AppendLine("  (none)");
        message.AppendLine("Actual:");
        foreach (var d in actual) message.AppendLine($"  {Describe(source, d.Id, d.Location.SourceSpan)}: {d.GetMessage()}");
        if (actual.Count == 0) message.AppendLine("  (none)");
        message.AppendLine("Actual, as markup to paste:");
        message.AppendLine(Markup.Render(source, actualSet));
        throw new XunitException(message.ToString());
    }

    /// <summary>
    /// <paramref name="before"/> holds the marked diagnostics, and applying
    /// <typeparamref name="TCodeFix"/> to each in turn gives <paramref name="after"/>
    /// (null: the fix offers nothing for them).
    /// </summary>
    public static async Task VerifyCodeFixAsync<TCodeFix>(string before, string? after) where TCodeFix : CodeFixProvider, new()
    {
        await VerifyAsync(before);
        var (source, _) = Markup.Parse(before);
        var fix = new TCodeFix();
        using var workspace = new AdhocWorkspace();
        var document = workspace.CurrentSolution
            .AddProject("Kata", "Kata", LanguageNames.CSharp)
            .WithCompilationOptions(CompilationOptions)
            .WithParseOptions(ParseOptions)
            .AddMetadataReferences(Net80.References.All)
            .AddDocument("GlobalUsings.cs", GlobalUsings).Project
            .AddDocument("Kata.cs", source);

        bool offered = false;
        for (int round = 0; round < 10; round++)
        {
            var compilation = (await document.Project.GetCompilationAsync())!;
            var diagnostics = await Analyze(compilation, allowCompilerErrors: false);
            var target = diagnostics.FirstOrDefault(d => fix.FixableDiagnosticIds.Contains(d.Id));
            if (target is null) break;

            var actions = new List<CodeAction>();
            await fix.RegisterCodeFixesAsync(new CodeFixContext(document, target, (action, _) => actions.Add(action), CancellationToken.None));
            if (actions.Count == 0) break;
            offered = true;
            var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
            var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            document = changed.GetDocument(document.Id)!;
        }

        if (after is null)
        {
            if (offered) throw new XunitException($"{typeof(TCodeFix).Name} offered a fix where none was expected; the result was:\n{(await document.GetTextAsync())}");
            return;
        }
        string actualText = (await document.GetTextAsync()).ToString();
        if (actualText != after)
            throw new XunitException($"{typeof(TCodeFix).Name} produced other code than expected.\n{Diff(after, actualText)}\nActual, to paste:\n{actualText}");
    }

    private static async Task<List<Diagnostic>> DiagnosticsAsync(string source, bool allowCompilerErrors)
    {
        var compilation = CSharpCompilation.Create(
            "Kata",
            [CSharpSyntaxTree.ParseText(GlobalUsings, ParseOptions, "GlobalUsings.cs"), CSharpSyntaxTree.ParseText(source, ParseOptions, "Kata.cs")],
            Net80.References.All,
            CompilationOptions);
        return await Analyze(compilation, allowCompilerErrors);
    }

    private static async Task<List<Diagnostic>> Analyze(Compilation compilation, bool allowCompilerErrors)
    {
        if (!allowCompilerErrors)
        {
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
                throw new XunitException("The test source does not compile (pass allowCompilerErrors: true for half-typed code):\n"
                    + string.Join("\n", errors.Select(e => "  " + e)));
        }
        var crashes = new List<string>();
        var analyzer = new TAnalyzer();
        var diagnostics = await FreshAnalysis(compilation, analyzer, crashes).GetAnalyzerDiagnosticsAsync();

        // The editor analyses the open document alone (syntax, then semantic model), not the
        // whole compilation: a rule must report the same there, or it never shows live.
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "Kata.cs");
        var document = FreshAnalysis(compilation, analyzer, crashes);
        var live = (await document.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None))
            .AddRange(await document.GetAnalyzerSemanticDiagnosticsAsync(document.Compilation.GetSemanticModel(tree), null, CancellationToken.None));

        var ad0001 = diagnostics.Concat(live).Where(d => d.Id == "AD0001").Select(d => d.GetMessage()).Concat(crashes).Distinct().ToList();
        if (ad0001.Count > 0)
            throw new XunitException($"{typeof(TAnalyzer).Name} threw (AD0001); analyzers must never throw:\n{string.Join("\n", ad0001)}");
        var whole = Ordered(diagnostics);
        var editor = Ordered(live);
        if (!whole.Select(Key).SequenceEqual(editor.Select(Key)))
            throw new XunitException($"{typeof(TAnalyzer).Name} reports differently in the editor (document-scoped analysis) than in a build:\n"
                + $"  build:  {Spans(whole)}\n  editor: {Spans(editor)}");

        // What ships is MlKataAnalyzer, which runs every rule: it must report what the rule does.
        if (MlKata.Analyzers.MlKataAnalyzer.Rules.Any(rule => rule.GetType() == typeof(TAnalyzer)))
        {
            var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).ToHashSet();
            var hosted = Ordered((await FreshAnalysis(compilation, new MlKata.Analyzers.MlKataAnalyzer(), crashes).GetAnalyzerDiagnosticsAsync())
                .Where(d => ids.Contains(d.Id)));
            if (!whole.Select(Key).SequenceEqual(hosted.Select(Key)))
                throw new XunitException($"MlKataAnalyzer, which runs every rule, reports differently than {typeof(TAnalyzer).Name} alone:\n"
                    + $"  alone:  {Spans(whole)}\n  hosted: {Spans(hosted)}");
        }
        return whole;

        static List<Diagnostic> Ordered(IEnumerable<Diagnostic> found) => found
            .Where(d => d.Location.SourceTree?.FilePath == "Kata.cs")
            .OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Location.SourceSpan.End).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        static (string, TextSpan, string) Key(Diagnostic d) => (d.Id, d.Location.SourceSpan, d.GetMessage());
        static string Spans(List<Diagnostic> found) => string.Join("; ", found.Select(d => $"{d.Id} at {d.Location.SourceSpan}"));
    }

    private static CompilationWithAnalyzers FreshAnalysis(Compilation compilation, DiagnosticAnalyzer analyzer, List<string> crashes) =>
        compilation.WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (e, _, _) => { lock (crashes) crashes.Add(e.ToString()); },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false));

    private static string Describe(string source, string id, TextSpan span)
    {
        var line = SourceText.From(source).Lines.GetLinePosition(span.Start);
        return $"{id} at {line.Line + 1}:{line.Character + 1} on '{source.Substring(span.Start, span.Length)}'";
    }

    private static string Diff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var text = new StringBuilder();
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string? el = i < e.Length ? e[i] : null, al = i < a.Length ? a[i] : null;
            if (el == al) continue;
            text.AppendLine($"line {i + 1}:");
            text.AppendLine($"  - expected: {el ?? "(no line)"}");
            text.AppendLine($"  + actual:   {al ?? "(no line)"}");
        }
        return text.ToString();
    }
}
