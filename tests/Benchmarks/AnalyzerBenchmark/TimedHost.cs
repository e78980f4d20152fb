using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlKata.Analyzers;

namespace MlKata.Benchmarks;

/// <summary>
/// MlKataAnalyzer with a clock on every rule: one analyzer, as the package loads, whose callbacks
/// read the time stamp counter around each rule's own callback. Unlike Roslyn's telemetry
/// (per analyzer, and around more than the analyzer's code), this counts exactly the rules' work,
/// rule by rule, in the configuration that ships. Two time stamps per callback (some 20-40 ns)
/// are the only cost added; <see cref="Overhead"/> is measured so it can be shown.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class TimedHost(ImmutableArray<DiagnosticAnalyzer> rules) : DiagnosticAnalyzer
{
    // One slot per rule, and a last one for the floor: a rule that does nothing, clocked alike.
    private readonly long[] ticks = new long[rules.Length + 1];
    private readonly long[] calls = new long[rules.Length + 1];
    private long reporting;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        rules.SelectMany(rule => rule.SupportedDiagnostics).ToImmutableArray();

    /// <summary>Milliseconds inside each rule's callbacks, in the order of the rules given.</summary>
    public double[] Milliseconds => ticks.Take(rules.Length).Select(t => t * 1000.0 / Stopwatch.Frequency).ToArray();

    /// <summary>
    /// Milliseconds per call that the clock charges a rule that does nothing but read the
    /// operation's kind (registered last, for every kind the rules ask for): the time stamps, the
    /// call itself. What a rule costs beyond it is its own work.
    /// </summary>
    public double FloorPerCall => calls[rules.Length] == 0 ? 0 : ticks[rules.Length] * 1000.0 / Stopwatch.Frequency / calls[rules.Length];

    /// <summary>How many times each rule's callbacks were called, in the order of the rules given.</summary>
    public long[] Calls => calls.Take(rules.Length).ToArray();

    /// <summary>
    /// Milliseconds, within <see cref="Milliseconds"/>, that Roslyn spent taking the rules'
    /// diagnostics (ReportDiagnostic and the checks Roslyn makes there on each hit).
    /// </summary>
    public double ReportingMilliseconds => reporting * 1000.0 / Stopwatch.Frequency;

    /// <summary>Milliseconds that the time stamps themselves cost over the whole run.</summary>
    public double Overhead => calls.Take(rules.Length).Sum() * StampCost() * 1000.0;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        for (int i = 0; i < rules.Length; i++)
        {
            int rule = i;
            var gathered = MlKataAnalyzer.Gather([rules[i]]);
            foreach (var (kind, actions) in gathered.Operations)
                foreach (var action in actions)
                    context.RegisterOperationAction(c => Time(rule, action, ClockReports(c)), kind);
            foreach (var (kind, actions) in gathered.SyntaxNodes)
                foreach (var action in actions)
                    context.RegisterSyntaxNodeAction(c => Time(rule, action, c), kind);
            foreach (var start in gathered.CompilationStarts)
                context.RegisterCompilationStartAction(c => Time(rule, start, new TimedStart(c, this, rule)));
        }
        foreach (var kind in MlKataAnalyzer.Gather(rules).Operations.Keys)
            context.RegisterOperationAction(c => Time(rules.Length, Floor, ClockReports(c)), kind);
    }

    private static readonly Action<OperationAnalysisContext> Floor = context =>
    {
        if (context.Operation.Kind == OperationKind.None) throw new InvalidOperationException("the driver dispatched an operation of kind None");
    };

    /// <summary>
    /// The same context, with a clock on its ReportDiagnostic. The only public constructor is
    /// marked obsolete (it leaves out the control flow graph, which no MlKata rule asks for).
    /// </summary>
#pragma warning disable CS0618
    private OperationAnalysisContext ClockReports(OperationAnalysisContext c) => new(
        c.Operation, c.ContainingSymbol, c.Compilation, c.Options,
        diagnostic =>
        {
            long begin = Stopwatch.GetTimestamp();
            c.ReportDiagnostic(diagnostic);
            Interlocked.Add(ref reporting, Stopwatch.GetTimestamp() - begin);
        },
        _ => true, c.CancellationToken);
#pragma warning restore CS0618

    private void Time<T>(int rule, Action<T> action, T context)
    {
        long begin = Stopwatch.GetTimestamp();
        action(context);
        Interlocked.Add(ref ticks[rule], Stopwatch.GetTimestamp() - begin);
        Interlocked.Increment(ref calls[rule]);
    }

    /// <summary>Seconds per pair of time stamps, measured on a loop.</summary>
    private static double StampCost()
    {
        const int N = 1_000_000;
        long sink = 0, begin = Stopwatch.GetTimestamp();
        for (int i = 0; i < N; i++) sink += Stopwatch.GetTimestamp() - Stopwatch.GetTimestamp();
        long elapsed = Stopwatch.GetTimestamp() - begin;
        GC.KeepAlive(sink);
        return elapsed / (double)Stopwatch.Frequency / N;
    }

    /// <summary>Times what a rule registers from a compilation-start action (no rule has one now; the host forwards them).</summary>
    private sealed class TimedStart(CompilationStartAnalysisContext inner, TimedHost host, int rule)
        : CompilationStartAnalysisContext(inner.Compilation, inner.Options, inner.CancellationToken)
    {
        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            inner.RegisterOperationAction(c => host.Time(rule, action, host.ClockReports(c)), operationKinds);

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw Unsupported();
        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported();
        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported();
        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();
        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();
        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported();
        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported();

        private static NotSupportedException Unsupported() => new("The benchmark times only operation actions registered at compilation start.");
    }
}
