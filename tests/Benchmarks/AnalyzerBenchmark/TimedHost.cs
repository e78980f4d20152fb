using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlKata.Analyzers;

namespace MlKata.Benchmarks;

/// <summary>
/// MlKataAnalyzer as it ships, with a clock around every callback it registers: the time stamp
/// counter is read around each call, so exactly the host's code and the rules' is counted, in
/// one analyzer as the package loads (Roslyn's telemetry is per analyzer, and times more than
/// the analyzer's code). Either one host of all the rules, one slot, what MlKata costs per
/// operation with its loop over the rules (<paramref name="perRule"/> false); or one host per
/// rule, a slot each, for the table of rules (true): each rule then pays a call and a clock of
/// its own, which the one host does not. The one host's callbacks, one per kind of operation,
/// are also clocked apart (<see cref="Kinds"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class TimedHost : DiagnosticAnalyzer
{
    private readonly MlKataAnalyzer[] hosts;
    // One slot per host, a last one for the floor (a callback that does nothing, clocked alike),
    // and after it one per kind the one host registers.
    private readonly long[] ticks;
    private readonly long[] calls;
    private readonly List<string> kindNames = new();
    private long reporting;
    private const int MaxKinds = 64;

    public TimedHost(ImmutableArray<DiagnosticAnalyzer> rules, bool perRule)
    {
        hosts = perRule ? rules.Select(rule => new MlKataAnalyzer([rule])).ToArray() : [new MlKataAnalyzer(rules)];
        ticks = new long[hosts.Length + 1 + MaxKinds];
        calls = new long[hosts.Length + 1 + MaxKinds];
        SupportedDiagnostics = rules.SelectMany(rule => rule.SupportedDiagnostics).ToImmutableArray();
    }

    /// <summary>The one host's time by the kinds its callbacks are for: name, calls, milliseconds.</summary>
    public IEnumerable<(string Kinds, long Calls, double Milliseconds)> Kinds =>
        kindNames.Select((name, k) => (name, calls[hosts.Length + 1 + k], ticks[hosts.Length + 1 + k] * 1000.0 / Stopwatch.Frequency));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Milliseconds inside each slot's callbacks: each rule's, or the one host's.</summary>
    public double[] Milliseconds => ticks.Take(hosts.Length).Select(t => t * 1000.0 / Stopwatch.Frequency).ToArray();

    /// <summary>
    /// Milliseconds per call that the clock charges a callback that does nothing but read the
    /// operation's kind (registered last, for every kind the hosts ask for): the time stamps, the
    /// call itself. What a slot costs beyond it is its own work.
    /// </summary>
    public double FloorPerCall => calls[hosts.Length] == 0 ? 0 : ticks[hosts.Length] * 1000.0 / Stopwatch.Frequency / calls[hosts.Length];

    /// <summary>How many times each slot's callbacks were called.</summary>
    public long[] Calls => calls.Take(hosts.Length).ToArray();

    /// <summary>
    /// Milliseconds, within <see cref="Milliseconds"/>, that Roslyn spent taking the rules'
    /// diagnostics (ReportDiagnostic and the checks Roslyn makes there on each hit).
    /// </summary>
    public double ReportingMilliseconds => reporting * 1000.0 / Stopwatch.Frequency;

    /// <summary>Milliseconds that the time stamps themselves cost over the whole run.</summary>
    public double Overhead => calls.Take(hosts.Length).Sum() * StampCost() * 1000.0;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        var kinds = new HashSet<OperationKind>();
        for (int i = 0; i < hosts.Length; i++) hosts[i].Initialize(new Clocking(context, this, i, kinds));
        context.RegisterOperationAction(c => Time(hosts.Length, Floor, ClockReports(c)), kinds.ToImmutableArray());
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

    /// <summary>Clocks one call, charged to a slot and, when one is given, to its kind's slot too.</summary>
    private void Time<T>(int slot, Action<T> action, T context, int kindSlot = -1)
    {
        long begin = Stopwatch.GetTimestamp();
        action(context);
        long elapsed = Stopwatch.GetTimestamp() - begin;
        Interlocked.Add(ref ticks[slot], elapsed);
        Interlocked.Increment(ref calls[slot]);
        if (kindSlot < 0) return;
        Interlocked.Add(ref ticks[kindSlot], elapsed);
        Interlocked.Increment(ref calls[kindSlot]);
    }

    /// <summary>A slot for the callbacks of these kinds, when one host is clocked; -1 per rule.</summary>
    private int KindSlot(string kinds)
    {
        if (hosts.Length != 1 || kindNames.Count == MaxKinds) return -1;
        kindNames.Add(kinds);
        return hosts.Length + kindNames.Count;
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

    /// <summary>
    /// What a host registers goes to the real context with a clock around it. The host
    /// registers operation, syntax node and compilation-start actions only.
    /// </summary>
    private sealed class Clocking(AnalysisContext outer, TimedHost timer, int slot, HashSet<OperationKind> kinds) : AnalysisContext
    {
        public override void EnableConcurrentExecution() => outer.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => outer.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
            kinds.UnionWith(operationKinds);
            int kindSlot = timer.KindSlot(string.Join(", ", operationKinds));
            outer.RegisterOperationAction(c => timer.Time(slot, action, timer.ClockReports(c), kindSlot), operationKinds);
        }

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            outer.RegisterSyntaxNodeAction(c => timer.Time(slot, action, c), syntaxKinds);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            outer.RegisterCompilationStartAction(c => timer.Time(slot, action, new TimedStart(c, timer, slot)));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unsupported();
        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported();
        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported();
        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();
        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();
        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported();

        private static NotSupportedException Unsupported() => new("MlKataAnalyzer registers operation, syntax node and compilation-start actions only; the benchmark clocks those.");
    }

    /// <summary>Times what a rule registers from a compilation-start action (no rule has one now; the host forwards them).</summary>
    private sealed class TimedStart(CompilationStartAnalysisContext inner, TimedHost timer, int slot)
        : CompilationStartAnalysisContext(inner.Compilation, inner.Options, inner.CancellationToken)
    {
        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            inner.RegisterOperationAction(c => timer.Time(slot, action, timer.ClockReports(c)), operationKinds);

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
