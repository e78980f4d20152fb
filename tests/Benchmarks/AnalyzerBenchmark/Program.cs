// MlKata analyzer benchmark: what MlKata's analyzers cost on top of compiling.
//
//   dotnet run -c Release --project tests/Benchmarks/AnalyzerBenchmark [-- --lines 60000 --repeat 5 --rules MLK1007,MLK1103 --separate --quick]
//   dotnet run -c Release --project tests/Benchmarks/AnalyzerBenchmark -- --micro 20 [--rules ...]   (Micro.cs: each rule alone)
//
// The corpus (Corpus.cs) is every kata variant under katas/ (stub, reference, mistakes,
// alternatives; each in its own namespace) plus deterministic generated ML code, up to --lines
// lines (default 50,000). Each repetition (--repeat, default 5, after one unmeasured warm-up)
// parses the corpus afresh and builds fresh compilations, so no cache carries over, and times
// three runs:
//   (a) compile             what csc does: parse every file, then Emit, which binds, lowers and
//                           writes the assembly and its portable PDB (to memory);
//   (b) compile + MlKata    the same with MlKataAnalyzer, the one analyzer the package loads,
//                           which runs every rule (MlKataAnalyzers.All; a new rule is measured
//                           without touching this file): before the emit,
//                           CompilationWithAnalyzers.GetAnalyzerDiagnosticsAsync binds the
//                           compilation on its own (its events feed the analyzers) and runs them;
//   (w) as a workspace      (a) as a kata workspace's build runs it: first the source
//                           generators, then the analyzers that every workspace build loads
//                           besides MlKata's (the SDK's NetAnalyzers, the framework's
//                           generators and analyzers, xunit.analyzers: WorkspaceBuild.cs, from
//                           the list MSBuild hands csc for this net10.0 project that references
//                           xunit), with the SDK's analysis-level configuration.
//   (d) with --separate     the same rules as analyzers of their own (MlKataAnalyzers.Rules), as
//                           they were loaded before MlKataAnalyzer: the driver's cost per analyzer,
//                           shown as (d-b)/a.
// Then runs of (b) and of (w) with a clock (TimedHost.cs) in MlKataAnalyzer's place: the time
// stamp counter read around every callback MlKataAnalyzer registers, so exactly MlKata's code is
// counted, its loop over the rules included, as it ships (Roslyn's own telemetry times more than
// the analyzer's code); and, in turn with those, runs of (b) with one such host per rule, each
// clocked apart, for the table of rules.
// --quick: one repetition, no runs per rule: enough to compare two versions of a rule by the
// host's own time.
//
// Everything runs on one thread (concurrentBuild and concurrentAnalysis off), with the
// non-concurrent workstation GC (see the .csproj), and with no garbage collection at all: each
// run is a no-GC region sized from what the warm-up allocated (about 1.3 times the most; the
// report says when a runtime refused it). Without that, a collection pause of a few hundred ms
// lands on whichever run, or rule, happens to allocate next: more noise than MlKata's whole
// cost. So the figures are compile and analysis work, without the collections their garbage
// would cause later. Times are the process's CPU time, with wall time beside it. A run keeps
// nothing of its compilation (only counts of diagnostics), so no run pays for an earlier one's
// memory.
//
// Reading the report (shares are medians of each repetition's own ratio, so a slow drift that
// hits the runs of a repetition alike cancels out; times are medians):
//   share (b-a)/a   what MlKata costs when it is the only analyzer. Most of it is Roslyn's, not
//                   MlKata's: the analyzer driver binds every method body again to give any
//                   analyzer semantic models and operation trees, which (w) pays too, as every
//                   real build does. No goal. A difference of two large timings is also the
//                   least precise figure here: on a small VM single runs vary by 15 % or more.
//   inside MlKata   the clocked time of MlKataAnalyzer's callbacks, as a share of compile time,
//                   from ratios within runs, so a machine that changes speed between runs does
//                   not move it. Goal: <= 3 % of (w), the compile a kata workspace's build runs
//                   without MlKata: in each clocked run of (w), MlKata's time over the rest of
//                   the run's. Beside it, as a bound no real build reaches, the share of (a), a
//                   compile with no analyzer at all: its share of its own run of (b), times
//                   (b)/(a) of each repetition. The cost of the time stamps themselves is shown,
//                   and the time Roslyn spends inside ReportDiagnostic on each hit (its checks
//                   on the diagnostic, and on a tree's first one a search of the tree for generated
//                   code), which the corpus, full of seeded mistakes, pays far more often than
//                   real code: "its own code" leaves it out, and leaves out the clock's floor
//                   too: what the clock charges, per call, a callback that only reads the
//                   operation's kind (TimedHost registers one last, for every kind the host asks
//                   for). "rule by rule" is the same from the runs with a host per rule.
//   callbacks       the host's time by kind of operation: where MlKata's time goes.
//   per rule        calls of its callbacks, ms inside them (ns per call, total, "own" less the
//                   clock's floor) and per 1,000 lines of corpus from the total
//                   (goal <= 1 ms); "hits" counts the diagnostics it raised: the mistakes
//                   seeded in the katas and in one in twenty generated metric methods. Each rule
//                   clocked apart pays a call and a clock of its own, less the floor: its sum
//                   and the one host's time differ, and the one host's is the measure of the goal.
// Differences within the spread (min-max of the repetitions) are noise. When wall/CPU is well
// above 1, other processes compete for the CPU. PASS/OVER per goal; it is a report, so the exit
// code is 0 whatever the verdicts (2 only for bad arguments).

using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using MlKata.Benchmarks;
using MlKata.Validation;

const double ShareGoal = 0.03;     // at most 3 % of compile time
const double PerRuleGoal = 1.0;    // at most 1 ms per 1,000 lines, per rule
long noGcBytes = 0;                 // set after the warm-up

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
int targetLines = 50_000, repeat = 5;
string? katasRoot = null;
HashSet<string>? only = null;
bool separate = false, quick = false;
int micro = 0;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--lines" when i + 1 < args.Length && int.TryParse(args[i + 1], out targetLines) && targetLines > 0: i++; break;
        case "--repeat" when i + 1 < args.Length && int.TryParse(args[i + 1], out repeat) && repeat > 0: i++; break;
        case "--katas" when i + 1 < args.Length: katasRoot = Path.GetFullPath(args[++i]); break;
        case "--separate": separate = true; break;
        case "--quick": quick = true; repeat = 1; break;
        case "--micro" when i + 1 < args.Length && int.TryParse(args[i + 1], out micro) && micro > 0: i++; break;
        case "--rules" when i + 1 < args.Length: only = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase); break;
        default:
            Console.Error.WriteLine("usage: AnalyzerBenchmark [--lines <min lines, default 50000>] [--repeat <runs, default 5>] [--katas <katas folder>] [--rules MLK1007,MLK1103: time only these rules] [--separate: also time the rules as analyzers of their own] [--quick: one repetition, MlKataAnalyzer clocked by kind, no table of rules] [--micro <passes>: each rule alone over bound operation trees, ns per call]");
            return 2;
    }
}
katasRoot ??= FindKatas();
if (katasRoot is null)
{
    Console.Error.WriteLine("Cannot find the katas/ folder: run from the repository or pass --katas <folder>.");
    return 2;
}

var mlKata = MlKataAnalyzers.All;          // what a compiler loads: MlKataAnalyzer, which runs every rule
var rules = MlKataAnalyzers.Rules           // each rule as an analyzer of its own, for (d) and the clocks
    .Where(r => only is null || r.SupportedDiagnostics.Any(d => only.Contains(d.Id))).ToImmutableArray();
if (rules.IsEmpty)
{
    Console.Error.WriteLine($"No rule has the IDs given to --rules: {string.Join(", ", only!)}");
    return 2;
}
ImmutableArray<DiagnosticAnalyzer> none = [];
var workspace = WorkspaceBuild.Load(out string workspaceError);
if (workspace is null)
{
    Console.Error.WriteLine(workspaceError);
    return 2;
}
var corpus = Corpus.Build(katasRoot, targetLines);
double thousands = corpus.Lines / 1000.0;
if (micro > 0)
{
    Console.WriteLine($"corpus     {corpus.Lines:N0} lines");
    Micro.Run(corpus, rules, micro);
    return 0;
}

Console.WriteLine("MlKata analyzer benchmark");
Console.WriteLine($"corpus     {corpus.Lines:N0} lines: {corpus.KataFiles} kata files ({corpus.KataLines:N0} lines) + {corpus.GeneratedFiles} generated files ({corpus.GeneratedLines:N0} lines)");
Console.WriteLine($"analyzers  {string.Join(", ", mlKata.Select(a => a.GetType().Name))}, running {rules.Length} rules: {string.Join(", ", rules.Select(a => a.GetType().Name))}");
Console.WriteLine($"workspace  {workspace.Analyzers.Length} analyzers and {workspace.Generators.Length} generators from {string.Join(", ", workspace.Assemblies)}");
Console.WriteLine($"runtime    .NET {Environment.Version}, Roslyn {typeof(Compilation).Assembly.GetName().Version}, {Environment.ProcessorCount} cores, {repeat} repetitions after 1 warm-up, medians");

// Warm-up: JIT-compiles the compiler and the analyzers, checks that the corpus compiles, and
// sizes the no-GC region from what the largest run allocates.
var warmUps = new[] { await Measure([new TimedHost(rules, perRule: true)]), await Measure([new TimedHost(rules, perRule: false)]), await Measure(mlKata), await Measure([new TimedHost(rules, perRule: false)], workspace) };
var warmUp = await Measure(none);
noGcBytes = (long)(warmUps.Max(r => r.Allocated) * 1.3);
if (warmUp.Errors.Count > 0)
{
    Console.WriteLine("WARNING: the corpus does not compile, so part of it is not bound or emitted; the first errors:");
    foreach (var error in warmUp.Errors) Console.WriteLine("  " + error);
}
var workspaceHits = warmUps[^1].Hits.Where(h => !h.Key.StartsWith("MLK", StringComparison.Ordinal)).OrderByDescending(h => h.Value).ToList();
Console.WriteLine($"           in the warm-up they raised {workspaceHits.Sum(h => h.Value):N0} diagnostics of {workspaceHits.Count} kinds (most: {string.Join(", ", workspaceHits.Take(4).Select(h => $"{h.Key} {h.Value:N0}"))})");
if (warmUps[^1].Hits.GetValueOrDefault("AD0001") is int failures and > 0)
    Console.WriteLine($"WARNING: a workspace analyzer threw {failures} times (AD0001): (w) runs less than a real build does.");

// (w) is keyed by the workspace's analyzers, run with its generators and configuration.
var configurations = separate ? new[] { none, mlKata, workspace.Analyzers, rules } : new[] { none, mlKata, workspace.Analyzers };
var runs = configurations.ToDictionary(c => c, _ => new List<Run>());
for (int rep = 0; rep < repeat; rep++)
{
    // Rotate the order so that a slow drift (heat, background work) hits every run alike.
    for (int k = 0; k < configurations.Length; k++)
    {
        var configuration = configurations[(rep + k) % configurations.Length];
        runs[configuration].Add(configuration == workspace.Analyzers ? await Measure(none, workspace) : await Measure(configuration));
    }
}
// MlKata's own time, in runs of MlKataAnalyzer with a clock around its callbacks, alternating
// with runs of one host per rule, each rule clocked apart, for the table of rules.
// And runs of (w) with the same clocked host: MlKata as it runs in a workspace's build.
var clocked = new List<(Run Run, TimedHost Host)>();
var clockedInWorkspace = new List<(Run Run, TimedHost Host)>();
var perRule = new List<(Run Run, TimedHost Host)>();
for (int rep = 0; rep < Math.Max(3, repeat / 2); rep++)
{
    var host = new TimedHost(rules, perRule: false);
    clocked.Add((await Measure([host]), host));
    var inWorkspace = new TimedHost(rules, perRule: false);
    clockedInWorkspace.Add((await Measure([inWorkspace], workspace), inWorkspace));
    if (quick) continue;
    var apart = new TimedHost(rules, perRule: true);
    perRule.Add((await Measure([apart]), apart));
}

var timedRuns = runs.Values.SelectMany(r => r).Concat(clocked.Concat(clockedInWorkspace).Concat(perRule).Select(x => x.Run)).ToList();
int collected = timedRuns.Count(r => r.Collected);
var shares = Enumerable.Range(0, repeat).Select(i => (runs[mlKata][i].Cpu - runs[none][i].Cpu) / runs[none][i].Cpu).ToList();
double shareAlone = MedianOf(shares);
var allRuns = runs.Values.SelectMany(r => r).ToList();
double load = allRuns.Sum(r => r.Wall) / allRuns.Sum(r => r.Cpu);
// MlKata's share of (a), from ratios taken within runs, which a machine that speeds up and
// slows down by the minute does not disturb: the clocked share of their own run's CPU time,
// times (b)/(a) from each repetition's pair.
double buildOverCompile = MedianOf(Enumerable.Range(0, repeat).Select(i => runs[mlKata][i].Cpu / runs[none][i].Cpu));
double insideMs = MedianOf(clocked.Select(x => x.Host.Milliseconds.Sum()));
double insideOfRun = MedianOf(clocked.Select(x => x.Host.Milliseconds.Sum() / x.Run.Cpu));
double insideShare = insideOfRun * buildOverCompile;
double stamps = MedianOf(clocked.Select(x => x.Host.Overhead));
double reporting = MedianOf(clocked.Select(x => x.Host.ReportingMilliseconds));
int hitsInAll = clocked[^1].Run.Hits.Where(h => h.Key.StartsWith("MLK", StringComparison.Ordinal)).Sum(h => h.Value);
long dispatches = clocked[^1].Host.Calls.Sum();
// MlKata's own work: its clocked time less Roslyn's handling of its hits and less the clock's
// floor (what it charges a callback that does nothing, per call).
double Own(TimedHost host) => host.Milliseconds.Sum() - host.ReportingMilliseconds - host.Calls.Sum() * host.FloorPerCall;
double ownOfRun = MedianOf(clocked.Select(x => Own(x.Host) / x.Run.Cpu));
double ownMs = MedianOf(clocked.Select(x => Own(x.Host)));
double floorNs = MedianOf(clocked.Select(x => x.Host.FloorPerCall * 1e6));
double ownShare = ownOfRun * buildOverCompile;
// Against (w), what a kata workspace's build compiles, within each run of (w) with MlKata
// clocked: MlKata's time over the rest of the run's, which is (w)'s work. No ratio between runs.
double insideWorkspace = MedianOf(clockedInWorkspace.Select(x => x.Host.Milliseconds.Sum() / (x.Run.Cpu - x.Host.Milliseconds.Sum())));
double ownWorkspace = MedianOf(clockedInWorkspace.Select(x => Own(x.Host) / (x.Run.Cpu - x.Host.Milliseconds.Sum())));
double insideWorkspaceMs = MedianOf(clockedInWorkspace.Select(x => x.Host.Milliseconds.Sum()));

Console.WriteLine(collected == 0
    ? $"GC         none in any timed run (each runs in a no-GC region of {noGcBytes / 1e9:F1} GB: a collection's pause would land on whichever run or rule allocates next)"
    : $"GC         ran in {collected} of {timedRuns.Count} timed runs ({(noGcBytes == 0 ? "no-GC region refused" : $"no-GC region of {noGcBytes / 1e9:F1} GB exceeded or refused")}): times carry collection pauses, more noise");
Console.WriteLine($"load       wall/CPU {load:F1}x{(load > 1.3 ? ": other processes compete for the CPU; wall times, rule times included, are inflated" : "")}");
Console.WriteLine();
Console.WriteLine($"{"",-28}{"CPU ms",10}   {"spread",-17}{"wall ms",10}");
Row("(a) compile", runs[none]);
Row("(b) compile + MlKata", runs[mlKata]);
Row("(w) compile as a workspace", runs[workspace.Analyzers]);
if (separate)
{
    Row("(d) compile + rules apart", runs[rules]);
    var apart = Enumerable.Range(0, repeat).Select(i => (runs[rules][i].Cpu - runs[mlKata][i].Cpu) / runs[none][i].Cpu).ToList();
    Console.WriteLine($"{"rules apart (d-b)/a",-28}{MedianOf(apart) * 100,9:F1}%   {Spread(apart),-17}       the same rules as {rules.Length} analyzers: what MlKataAnalyzer saves");
}
Console.WriteLine($"{"MlKata share (b-a)/a",-28}{shareAlone * 100,9:F1}%   {Spread(shares),-17}       no goal (MlKata alone: mostly the driver's cost, which w pays too)");
Console.WriteLine();
Console.WriteLine($"MlKata's own time, clocked around MlKataAnalyzer's callbacks ({dispatches:N0} calls), as a share of compile time:");
Console.WriteLine($"{"",-28}{"of (w)",10}   {"of (a)",-17}");
Console.WriteLine($"{"inside MlKata",-28}{insideWorkspace * 100,9:F1}%   {$"{insideShare * 100:F1}%",-17}{Verdict(insideWorkspace <= ShareGoal)}   of (w): {insideWorkspaceMs:F0} ms over the rest of its run; of (a): {insideMs:F0} ms, {insideOfRun * 100:F2} % of its run in (b) x (b)/(a) {buildOverCompile:F2} (time stamps: {stamps:F0} ms of it)");
Console.WriteLine($"{"  its own code",-28}{ownWorkspace * 100,9:F1}%   {$"{ownShare * 100:F1}%",-17}{Verdict(ownWorkspace <= ShareGoal)}   of (a): {ownMs:F0} ms: less Roslyn's handling of the {hitsInAll} hits ({reporting:F0} ms in ReportDiagnostic; the corpus is full of seeded mistakes)");
Console.WriteLine($"{"",-28}{"",10}   {"",-17}       and less the clock's floor: {floorNs:F0} ns per call, what it charges a callback that does nothing");
if (!quick)
{
    double ruleByRule = MedianOf(perRule.Select(x => Own(x.Host) / x.Run.Cpu));
    Console.WriteLine($"{"  rule by rule",-28}{"",10}   {$"{ruleByRule * buildOverCompile * 100:F1}%",-17}       its own code from the runs of (b) with each rule clocked apart (the table below)");
}
Console.WriteLine($"{"",-28}goal <= 3 % of (w), the compile a kata workspace's build runs without MlKata; of (a), with no analyzer at all, is a bound no real build reaches");
Console.WriteLine();
Console.WriteLine($"{"MlKataAnalyzer's callbacks",-46}{"calls",10}{"ns / call",10}{"ms total",10}{"ms own",10}   (own: less the clock's floor)");
foreach (var (kinds, calls, _) in clocked[^1].Host.Kinds.OrderByDescending(k => k.Milliseconds))
{
    double ms = MedianOf(clocked.Select(x => x.Host.Kinds.First(k => k.Kinds == kinds).Milliseconds));
    double own = MedianOf(clocked.Select(x => x.Host.Kinds.First(k => k.Kinds == kinds).Milliseconds - calls * x.Host.FloorPerCall));
    Console.WriteLine($"{"  " + kinds,-46}{calls,10:N0}{ms * 1e6 / Math.Max(1, calls),10:F0}{ms,10:F2}{own,10:F2}");
}
if (quick) return 0;
Console.WriteLine();
Console.WriteLine($"{"rule",-14}{"analyzer",-32}{"hits",6}{"calls",10}{"ns / call",10}{"ms total",10}{"ms own",10}{"ms / 1,000 lines",18}   goal <= 1 ms (from ms total)");
for (int i = 0; i < rules.Length; i++)
{
    var ids = rules[i].SupportedDiagnostics.Select(d => d.Id).Distinct().ToList();
    int hits = ids.Sum(id => perRule[^1].Run.Hits.GetValueOrDefault(id));
    double ms = MedianOf(perRule.Select(x => x.Host.Milliseconds[i])), perThousand = ms / thousands;
    long calls = perRule[^1].Host.Calls[i];
    double own = MedianOf(perRule.Select(x => x.Host.Milliseconds[i] - x.Host.Calls[i] * x.Host.FloorPerCall));
    Console.WriteLine($"{string.Join(",", ids),-14}{rules[i].GetType().Name,-32}{hits,6}{calls,10:N0}{ms * 1e6 / Math.Max(1, calls),10:F0}{ms,10:F2}{own,10:F2}{perThousand,18:F3}   {Verdict(perThousand <= PerRuleGoal)}");
}
return 0;

// One run on a fresh compilation: (a) without analyzers, (b) with them, (w) as a workspace builds.
async Task<Run> Measure(ImmutableArray<DiagnosticAnalyzer> analyzers, WorkspaceBuild? asWorkspace = null)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    bool noGc = noGcBytes > 0 && TryStartNoGc(noGcBytes);
    int collections = GC.CollectionCount(0);
    long allocated = GC.GetTotalAllocatedBytes();
    try
    {
        var run = await Timed(analyzers, asWorkspace);
        return run with { Allocated = GC.GetTotalAllocatedBytes() - allocated, Collected = !noGc || GC.CollectionCount(0) != collections };
    }
    finally
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
    }
}

async Task<Run> Timed(ImmutableArray<DiagnosticAnalyzer> analyzers, WorkspaceBuild? asWorkspace)
{
    var cpu = CpuTime();
    var wall = Stopwatch.StartNew();
    // What csc does: parse every file, bind, lower and emit the assembly and its portable PDB.
    Compilation compilation = KataCompiler.Create("Benchmark", corpus.Trees.Select(tree => KataCompiler.Parse(tree.GetText(), tree.FilePath)));
    ImmutableArray<Diagnostic> diagnostics = [];
    if (asWorkspace is not null)
    {
        // csc in a workspace's build: the generators first, then every analyzer over the result.
        var withAnalyzers = asWorkspace.Prepare((Microsoft.CodeAnalysis.CSharp.CSharpCompilation)compilation, analyzers, out compilation);
        diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }
    else if (!analyzers.IsEmpty)
    {
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        // For the whole compilation, GetAnalyzerDiagnosticsAsync binds it on its own (that is what
        // raises the compilation events the analyzers feed on) and drops the compiler's diagnostics.
        diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }
    using var pe = new MemoryStream();
    using var pdb = new MemoryStream();
    var emitted = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
    double cpuMs = (CpuTime() - cpu).TotalMilliseconds, wallMs = wall.Elapsed.TotalMilliseconds;
    return new Run(cpuMs, wallMs, Count(diagnostics), FirstErrors(emitted.Diagnostics));
}

static bool TryStartNoGc(long bytes)
{
    try { return GC.TryStartNoGCRegion(bytes); }
    catch (ArgumentOutOfRangeException) { return false; }   // more than this runtime's GC can promise
}

static Dictionary<string, int> Count(ImmutableArray<Diagnostic> diagnostics) =>
    diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());

static List<string> FirstErrors(ImmutableArray<Diagnostic> diagnostics) =>
    diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).Select(d => d.ToString()).ToList();

void Row(string name, List<Run> list) =>
    Console.WriteLine($"{name,-28}{Median(list, r => r.Cpu),10:F1}   {$"{list.Min(r => r.Cpu):F0}-{list.Max(r => r.Cpu):F0}",-17}{Median(list, r => r.Wall),10:F1}");

static TimeSpan CpuTime()
{
    using var process = Process.GetCurrentProcess();
    return process.TotalProcessorTime;
}

static double Median(List<Run> runs, Func<Run, double> value) => MedianOf(runs.Select(value));

static string Spread(IEnumerable<double> shares) => $"{shares.Min() * 100:F1} to {shares.Max() * 100:F1}%";

static double MedianOf(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    int mid = sorted.Count / 2;
    return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

static string Verdict(bool pass) => pass ? "PASS" : "OVER";

// The katas/ folder of the repository around the current directory or around this program.
static string? FindKatas()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MlKata.sln")) && Directory.Exists(Path.Combine(dir.FullName, "katas")))
                return Path.Combine(dir.FullName, "katas");
    return null;
}

internal sealed record Run(double Cpu, double Wall, Dictionary<string, int> Hits, List<string> Errors)
{
    public long Allocated { get; init; }
    public bool Collected { get; init; }
}
