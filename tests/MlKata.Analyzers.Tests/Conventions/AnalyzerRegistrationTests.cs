using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using MlKata.Analyzers.Tests.Robustness;

namespace MlKata.Analyzers.Tests.Conventions;

/// <summary>
/// How every rule registers itself. Hints must show live in VS Code's default analysis scope
/// (open documents), where actions that only run once the whole compilation is done (compilation
/// actions, compilation-end actions, diagnostics tagged CompilationEnd) never report. And every rule
/// runs concurrently and skips generated code. Each analyzer's Initialize runs against a context
/// that records what it asks for; compilation-start actions run against a real compilation.
/// </summary>
public class AnalyzerRegistrationTests
{
    public static TheoryData<string> Analyzers()
    {
        var data = new TheoryData<string>();
        foreach (var analyzer in AnalyzerCatalog.All) data.Add(analyzer.GetType().Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Analyzers))]
    public void Rule_runs_live_concurrently_and_skips_generated_code(string name)
    {
        var analyzer = AnalyzerCatalog.All.Single(a => a.GetType().Name == name);
        foreach (var descriptor in analyzer.SupportedDiagnostics)
            Assert.DoesNotContain(WellKnownDiagnosticTags.CompilationEnd, descriptor.CustomTags);

        var compilation = CSharpCompilation.Create("Registration",
            [CSharpSyntaxTree.ParseText("namespace MlKata.Katas; public static class K { public static double R(int a, int b) => (double)a / b; }")],
            Net80.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var context = new RecordingContext(compilation);
        analyzer.Initialize(context);

        Assert.True(context.Concurrent, $"{name} does not call EnableConcurrentExecution()");
        Assert.Equal(GeneratedCodeAnalysisFlags.None, context.GeneratedCode);
        Assert.Empty(context.Forbidden);
        Assert.True(context.Actions > 0, $"{name} registers no action at all");
    }

    [Fact]
    public void The_recorder_notices_a_compilation_end_action()
    {
        var compilation = CSharpCompilation.Create("Registration", [], Net80.References.All);
        var context = new RecordingContext(compilation);
        new EndActionAnalyzer().Initialize(context);
        Assert.Contains("RegisterCompilationEndAction", context.Forbidden);
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class EndActionAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TST9002", "t", "t", "Test", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        // The mistake the recorder must notice, on purpose: a compilation end action (RS1013),
        // in an analyzer that skips the rest of the setup (RS1025).
#pragma warning disable RS1013, RS1025
        public override void Initialize(AnalysisContext context) =>
            context.RegisterCompilationStartAction(start => start.RegisterCompilationEndAction(_ => { }));
#pragma warning restore RS1013, RS1025
    }

    private sealed class RecordingContext(Compilation compilation) : AnalysisContext
    {
        public bool Concurrent { get; private set; }
        public GeneratedCodeAnalysisFlags? GeneratedCode { get; private set; }
        public List<string> Forbidden { get; } = [];
        public int Actions { get; set; }

        public override void EnableConcurrentExecution() => Concurrent = true;
        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCode = analysisMode;

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
        {
            Actions++;
            action(new RecordingStartContext(this, compilation));
        }

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => Forbidden.Add("RegisterCompilationAction");
        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => Actions++;
        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Actions++;
        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => Actions++;
        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Actions++;
        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Actions++;
        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => Actions++;
        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => Actions++;
        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => Actions++;
        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => Actions++;
    }

    private sealed class RecordingStartContext(RecordingContext owner, Compilation compilation)
        : CompilationStartAnalysisContext(compilation, new AnalyzerOptions([]), CancellationToken.None)
    {
        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => owner.Forbidden.Add("RegisterCompilationEndAction");
        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => owner.Actions++;
        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => owner.Actions++;
        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => owner.Actions++;
        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => owner.Actions++;
        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => owner.Actions++;
        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => owner.Actions++;
        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => owner.Actions++;
        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => owner.Actions++;
        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => owner.Actions++;
        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => owner.Actions++;
    }
}
