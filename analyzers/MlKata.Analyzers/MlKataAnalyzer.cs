using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
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
        var operations = gathered.Operations.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());
        operations.TryGetValue(OperationKind.Binary, out var anyOperator);
        operations.TryGetValue(OperationKind.Invocation, out var anyName);
        if (gathered.Binary.Count > 0)
        {
            operations.Remove(OperationKind.Binary);
            RegisterBinary(context, gathered.Binary, anyOperator ?? Array.Empty<Action<OperationAnalysisContext>>());
        }
        if (gathered.Invocations.Count > 0 || gathered.SelfCalls.Count > 0)
        {
            operations.Remove(OperationKind.Invocation);
            RegisterInvocation(context, gathered.Invocations, gathered.SelfCalls.ToArray(), anyName ?? Array.Empty<Action<OperationAnalysisContext>>());
        }
        foreach (var pair in operations)
        {
            var actions = pair.Value;
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
    /// One callback for binary operations: the rules filtered on each operator (a table indexed
    /// by the operator), with the rules that take any operator.
    /// </summary>
    private static void RegisterBinary(AnalysisContext context, List<(Action<OperationAnalysisContext> Action, BinaryOperatorKind[] Operators)> filtered,
        Action<OperationAnalysisContext>[] any)
    {
        int size = filtered.SelectMany(f => f.Operators).Max(o => (int)o) + 1;
        var byOperator = new Action<OperationAnalysisContext>[size][];
        for (int kind = 0; kind < size; kind++)
            byOperator[kind] = filtered.Where(f => Array.IndexOf(f.Operators, (BinaryOperatorKind)kind) >= 0).Select(f => f.Action).Concat(any).ToArray();
        context.RegisterOperationAction(c =>
        {
            if (c.Operation is not IBinaryOperation binary) return;
            int kind = (int)binary.OperatorKind;
            foreach (var action in (uint)kind < (uint)size ? byOperator[kind] : any) action(c);
        }, OperationKind.Binary);
    }

    /// <summary>
    /// One callback for invocations: the rules whose name filter lets the invoked method's name
    /// through, with the rules that take any name, then the rules on calls that may be recursive.
    /// The answer for each name is kept (up to <see cref="MaxNames"/> names, so that a long
    /// editing session cannot grow it without end).
    /// </summary>
    private static void RegisterInvocation(AnalysisContext context, List<(Action<OperationAnalysisContext> Action, Func<string, bool> Name)> filtered,
        Action<OperationAnalysisContext>[] selfCalls, Action<OperationAnalysisContext>[] any)
    {
        var byName = new ConcurrentDictionary<string, Action<OperationAnalysisContext>[]>(StringComparer.Ordinal);
        context.RegisterOperationAction(c =>
        {
            if (c.Operation is not IInvocationOperation invocation) return;
            var target = invocation.TargetMethod;
            string name = target.Name;
            if (!byName.TryGetValue(name, out var actions))
            {
                actions = filtered.Where(f => f.Name(name)).Select(f => f.Action).Concat(any).ToArray();
                if (byName.Count < MaxNames) byName.TryAdd(name, actions);
            }
            foreach (var action in actions) action(c);
            if (selfCalls.Length > 0 && FilteredActions.MayCallItself(target, c.ContainingSymbol))
                foreach (var action in selfCalls) action(c);
        }, OperationKind.Invocation);
    }

    private const int MaxNames = 4096;

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

        /// <summary>Binary operation actions filtered on the operator (see <see cref="FilteredActions"/>).</summary>
        public List<(Action<OperationAnalysisContext> Action, BinaryOperatorKind[] Operators)> Binary { get; } = new();

        /// <summary>Invocation actions filtered on the method's name (see <see cref="FilteredActions"/>).</summary>
        public List<(Action<OperationAnalysisContext> Action, Func<string, bool> Name)> Invocations { get; } = new();

        /// <summary>Invocation actions on calls that may be recursive (see <see cref="FilteredActions"/>).</summary>
        public List<Action<OperationAnalysisContext>> SelfCalls { get; } = new();
    }

    internal sealed class Recorder : AnalysisContext
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

        public void RecordBinary(Action<OperationAnalysisContext> action, BinaryOperatorKind[] operators)
        {
            if (operators.Length == 0) throw Unsupported("a binary operation action filtered on no operator");
            gathered.Binary.Add((action, operators));
        }

        public void RecordInvocation(Action<OperationAnalysisContext> action, Func<string, bool> name) => gathered.Invocations.Add((action, name));

        public void RecordSelfCall(Action<OperationAnalysisContext> action) => gathered.SelfCalls.Add(action);

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
