using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using MlKata.Analyzers.Dsa;
using MlKata.Analyzers.Leakage;
using MlKata.Analyzers.Metrics;
using MlKata.Analyzers.Models;
using MlKata.Analyzers.Numerics;

namespace MlKata.Analyzers;

/// <summary>
/// The one analyzer the compiler loads: it runs every MlKata rule. Each rule is written as an
/// analyzer of its own (one file, tested alone), but the compiler's analyzer driver charges a
/// fixed cost per analyzer on every operation it dispatches: thirty analyzers that do nothing
/// cost more than the whole of MlKata's work. So the rules' callbacks are gathered here and
/// registered once per kind of operation or syntax, each calling the rules in turn.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MlKataAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Every rule, in ID order. A new rule must be listed here (a test checks it).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Rules { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(
        new PrecisionDenominatorAnalyzer(),
        new RecallDenominatorAnalyzer(),
        new F1ArithmeticMeanAnalyzer(),
        new IntegerDivisionAnalyzer(),
        new AccuracyDenominatorAnalyzer(),
        new MacroF1FromAveragesAnalyzer(),
        new PrecisionAtKDenominatorAnalyzer(),
        new UnshiftedSoftmaxAnalyzer(),
        new UnclippedLogProbabilityAnalyzer(),
        new OverflowingSigmoidAnalyzer(),
        new ComputedFloatEqualityAnalyzer(),
        new FloatAccumulatorAnalyzer(),
        new ZeroTimesLogZeroAnalyzer(),
        new GradientStepSignAnalyzer(),
        new EmptyClusterMeanAnalyzer(),
        new DcgDiscountOffsetAnalyzer(),
        new SampleStandardDeviationAnalyzer(),
        new FitOnTestDataAnalyzer(),
        new TrainTestStatisticsAnalyzer(),
        new TransformRefitsAnalyzer(),
        new SortToTakeTopKAnalyzer(),
        new ListFrontShiftAnalyzer(),
        new LinearLookupInLoopAnalyzer(),
        new MidpointOverflowAnalyzer(),
        new StringConcatInLoopAnalyzer(),
        new ContainsKeyThenIndexerAnalyzer(),
        new UnmemoizedRecursionAnalyzer(),
        new RandomPerIterationAnalyzer(),
        new InputSortedInPlaceAnalyzer(),
        new RecursiveTreeTraversalAnalyzer());

    private readonly ImmutableArray<DiagnosticAnalyzer> rules;

    /// <summary>The analyzer the compiler loads: every rule.</summary>
    public MlKataAnalyzer() : this(Rules)
    {
    }

    /// <summary>A host for some of the rules (the benchmark times rules one by one this way).</summary>
    public MlKataAnalyzer(ImmutableArray<DiagnosticAnalyzer> rules)
    {
        this.rules = rules;
        SupportedDiagnostics = rules.SelectMany(rule => rule.SupportedDiagnostics).ToImmutableArray();
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();

        var gathered = Gather(rules);
        foreach (var pair in gathered.Operations)
        {
            var actions = pair.Value.ToArray();
            context.RegisterOperationAction(c =>
            {
                foreach (var action in actions) action(c);
            }, pair.Key);
        }
        foreach (var pair in gathered.SyntaxNodes)
        {
            var actions = pair.Value.ToArray();
            context.RegisterSyntaxNodeAction(c =>
            {
                foreach (var action in actions) action(c);
            }, pair.Key);
        }
        foreach (var start in gathered.CompilationStarts)
            context.RegisterCompilationStartAction(start);
    }

    /// <summary>
    /// Runs each rule's <c>Initialize</c> against a context that only takes note of what it
    /// registers. A rule that asks for anything else (a kind of action this host does not
    /// forward, code analysed in generated files, or no concurrent execution) is a programming
    /// error of this assembly, and the tests build this host.
    /// </summary>
    public static Gathered Gather(IEnumerable<DiagnosticAnalyzer> rules)
    {
        var gathered = new Gathered();
        foreach (var rule in rules)
        {
            var recorder = new Recorder(rule.GetType().Name, gathered);
            rule.Initialize(recorder);
            if (!recorder.Concurrent)
                throw new InvalidOperationException($"{recorder.Rule} must call EnableConcurrentExecution: the host runs it concurrently.");
            if (recorder.GeneratedCode != GeneratedCodeAnalysisFlags.None)
                throw new InvalidOperationException($"{recorder.Rule} must not analyse generated code: the host does not.");
        }
        return gathered;
    }

    /// <summary>What the rules registered, by kind.</summary>
    public sealed class Gathered
    {
        public Dictionary<OperationKind, List<Action<OperationAnalysisContext>>> Operations { get; } = new();
        public Dictionary<SyntaxKind, List<Action<SyntaxNodeAnalysisContext>>> SyntaxNodes { get; } = new();
        public List<Action<CompilationStartAnalysisContext>> CompilationStarts { get; } = new();
    }

    private sealed class Recorder : AnalysisContext
    {
        private readonly Gathered gathered;

        public Recorder(string rule, Gathered gathered)
        {
            Rule = rule;
            this.gathered = gathered;
        }

        public string Rule { get; }
        public bool Concurrent { get; private set; }
        public GeneratedCodeAnalysisFlags? GeneratedCode { get; private set; }

        public override void EnableConcurrentExecution() => Concurrent = true;

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCode = analysisMode;

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
            foreach (var kind in operationKinds)
            {
                if (!gathered.Operations.TryGetValue(kind, out var list)) gathered.Operations[kind] = list = new();
                list.Add(action);
            }
        }

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
        {
            foreach (var kind in syntaxKinds)
            {
                if (kind is not SyntaxKind csharp) throw Unsupported("a syntax node action for another language");
                if (!gathered.SyntaxNodes.TryGetValue(csharp, out var list)) gathered.SyntaxNodes[csharp] = list = new();
                list.Add(action);
            }
        }

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => gathered.CompilationStarts.Add(action);

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unsupported("a compilation action (it runs at the end of a build, never live)");

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported("a semantic model action");

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported("a symbol action");

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported("a code block start action");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported("a code block action");

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported("a syntax tree action");

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw Unsupported("an operation block start action");

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => throw Unsupported("an operation block action");

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => throw Unsupported("a symbol start action");

        private InvalidOperationException Unsupported(string what) =>
            new($"{Rule} registers {what}; MlKataAnalyzer forwards only operation actions, C# syntax node actions and compilation start actions.");
    }
}
