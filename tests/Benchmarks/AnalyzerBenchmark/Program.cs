// MlKata analyzer benchmark: what MlKata's analyzers cost on top of compiling.
//
//   dotnet run -c Release --project tests/Benchmarks/AnalyzerBenchmark [-- --lines 60000 --repeat 5]
//
// The corpus (Corpus.cs) is every kata variant under katas/ (stub, reference, mistakes,
// alternatives; each in its own namespace) plus deterministic generated ML code, up to --lines
// lines (default 50,000). Each repetition (--repeat, default 5, after one unmeasured warm-up)
// builds fresh compilations, so no cache carries over, and times three runs:
//   (a) compile             CSharpCompilation.Create + GetDiagnostics(): everything bound;
//   (b) compile + MlKata    the same with every analyzer of MlKata.Analyzers (MlKataAnalyzers.All,
//                           so a new rule is measured without touching this file):
//                           CompilationWithAnalyzers.GetAnalyzerDiagnosticsAsync, which computes
//                           the compiler's diagnostics too, then runs the analyzers;
//   (c) compile + empty     (b) with one analyzer that registers the same kind of callback as the
//                           rules (an operation action on binary operators) and does nothing.
// Everything runs on one thread (concurrentBuild and concurrentAnalysis off). Times are the
// process's CPU time, which other programs on a busy machine do not inflate; wall time is shown
// beside it. Per-rule times are Roslyn's own telemetry (GetAnalyzerTelemetryInfoAsync
// ExecutionTime: time inside the rule's callbacks), which is wall time.
//
// Reading the report (medians over the repetitions):
//   share (b-a)/a   what MlKata costs when it is the only analyzer. Most of it is Roslyn's, not
//                   MlKata's: the analyzer driver binds every method body again to give any
//                   analyzer semantic models and operation trees, and (c) pays the same.
//   share (b-c)/a   what MlKata adds once some analyzer already asks for operation trees, as the
//                   SDK's and xunit's analyzers do in a real build or editor. Goal for both: <= 3 %.
//   per rule        ms inside each rule's callbacks, in total and per 1,000 lines of corpus
//                   (goal <= 1 ms); "hits" counts the diagnostics it raised: the mistakes
//                   seeded in the katas and in one in twenty generated precision/recall methods.
//                   The empty analyzer's row is the floor any rule pays for being called.
//                   "inside the rules" sums them, as a share of (a): the most precise figure
//                   for MlKata's own work, as (b-c) is a small difference of two large timings.
// Differences within the spread (min-max of the repetitions) are noise. When wall/CPU is well
// above 1, other processes compete for the CPU and wall-clock figures (rule times included) are
// inflated by about that factor. PASS/OVER per goal; it is a report, so the exit code is 0
// whatever the verdicts (2 only for bad arguments).

using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlKata.Benchmarks;
using MlKata.Validation;

const double ShareGoal = 0.03;     // at most 3 % of compile time
const double PerRuleGoal = 1.0;    // at most 1 ms per 1,000 lines, per rule

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
int targetLines = 50_000, repeat = 5;
string? katasRoot = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--lines" when i + 1 < args.Length && int.TryParse(args[i + 1], out targetLines) && targetLines > 0: i++; break;
        case "--repeat" when i + 1 < args.Length && int.TryParse(args[i + 1], out repeat) && repeat > 0: i++; break;
        case "--katas" when i + 1 < args.Length: katasRoot = Path.GetFullPath(args[++i]); break;
        default:
            Console.Error.WriteLine("usage: AnalyzerBenchmark [--lines <min lines, default 50000>] [--repeat <runs, default 5>] [--katas <katas folder>]");
            return 2;
    }
}
katasRoot ??= FindKatas();
if (katasRoot is null)
{
    Console.Error.WriteLine("Cannot find the katas/ folder: run from the repository or pass --katas <folder>.");
    return 2;
}

var mlKata = MlKataAnalyzers.All;
ImmutableArray<DiagnosticAnalyzer> none = [], empty = [new EmptyOperationAnalyzer()];
var corpus = Corpus.Build(katasRoot, targetLines);
double thousands = corpus.Lines / 1000.0;

Console.WriteLine("MlKata analyzer benchmark");
Console.WriteLine($"corpus     {corpus.Lines:N0} lines: {corpus.KataFiles} kata files ({corpus.KataLines:N0} lines) + {corpus.GeneratedFiles} generated files ({corpus.GeneratedLines:N0} lines)");
Console.WriteLine($"analyzers  {mlKata.Length}: {string.Join(", ", mlKata.Select(a => a.GetType().Name))}");
Console.WriteLine($"runtime    .NET {Environment.Version}, Roslyn {typeof(Compilation).Assembly.GetName().Version}, {Environment.ProcessorCount} cores, {repeat} repetitions after 1 warm-up, medians");

// Warm-up: JIT-compiles the compiler and the analyzers, and checks that the corpus compiles.
await Measure(mlKata);
await Measure(empty);
var warmUp = await Measure(none);
var errors = warmUp.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
if (errors.Count > 0)
{
    Console.WriteLine($"WARNING: the corpus has {errors.Count} compile errors, so part of it is not bound; the first ones:");
    foreach (var error in errors.Take(5)) Console.WriteLine("  " + error);
}

var configurations = new[] { none, mlKata, empty };
var runs = configurations.ToDictionary(c => c, _ => new List<Run>());
for (int rep = 0; rep < repeat; rep++)
{
    // Rotate the order so that a slow drift (heat, background work) hits every run alike.
    for (int k = 0; k < configurations.Length; k++)
    {
        var configuration = configurations[(rep + k) % configurations.Length];
        runs[configuration].Add(await Measure(configuration));
    }
}

double a = Median(runs[none], r => r.Cpu), b = Median(runs[mlKata], r => r.Cpu), c = Median(runs[empty], r => r.Cpu);
double shareAlone = (b - a) / a, shareAdded = (b - c) / a;
double insideRules = mlKata.Sum(analyzer => Median(runs[mlKata], r => r.PerAnalyzer[analyzer]));
double load = runs.Values.SelectMany(r => r).Sum(r => r.Wall) / runs.Values.SelectMany(r => r).Sum(r => r.Cpu);

Console.WriteLine($"load       wall/CPU {load:F1}x{(load > 1.3 ? ": other processes compete for the CPU; wall times, rule times included, are inflated" : "")}");
Console.WriteLine();
Console.WriteLine($"{"",-28}{"CPU ms",10}   {"spread",-17}{"wall ms",10}");
Row("(a) compile", runs[none]);
Row("(b) compile + MlKata", runs[mlKata]);
Row("(c) compile + empty", runs[empty]);
Console.WriteLine($"{"MlKata share (b-a)/a",-28}{shareAlone * 100,9:F1}%   goal <= 3 %      {Verdict(shareAlone <= ShareGoal)}   (MlKata alone: includes the driver's cost, see c)");
Console.WriteLine($"{"MlKata share (b-c)/a",-28}{shareAdded * 100,9:F1}%   goal <= 3 %      {Verdict(shareAdded <= ShareGoal)}   (beside other analyzers: MlKata's own work)");
Console.WriteLine($"{"inside the rules",-28}{insideRules / a * 100,9:F1}%   of (a): {insideRules:F1} ms in the rules' callbacks (telemetry below)");

Console.WriteLine();
Console.WriteLine($"{"rule",-14}{"analyzer",-32}{"hits",6}{"ms total",10}{"ms / 1,000 lines",18}   goal <= 1 ms");
foreach (var analyzer in mlKata.Concat(empty))
{
    var configuration = analyzer is EmptyOperationAnalyzer ? empty : mlKata;
    var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().ToList();
    int hits = runs[configuration][^1].Diagnostics.Count(d => ids.Contains(d.Id));
    double ms = Median(runs[configuration], r => r.PerAnalyzer[analyzer]), perThousand = ms / thousands;
    string rule = analyzer is EmptyOperationAnalyzer ? "(baseline)" : string.Join(",", ids);
    string verdict = analyzer is EmptyOperationAnalyzer ? "" : Verdict(perThousand <= PerRuleGoal);
    Console.WriteLine($"{rule,-14}{analyzer.GetType().Name,-32}{hits,6}{ms,10:F2}{perThousand,18:F3}   {verdict}");
}
return 0;

// One run on a fresh compilation: (a) without analyzers, (b) and (c) with them.
async Task<Run> Measure(ImmutableArray<DiagnosticAnalyzer> analyzers)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var cpu = CpuTime();
    var wall = Stopwatch.StartNew();
    var compilation = KataCompiler.Create("Benchmark", corpus.Trees);
    if (analyzers.IsEmpty)
    {
        var compiled = compilation.GetDiagnostics();
        return new Run((CpuTime() - cpu).TotalMilliseconds, wall.Elapsed.TotalMilliseconds, compiled, new Dictionary<DiagnosticAnalyzer, double>());
    }

    var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
        new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
    // For the whole compilation, GetAnalyzerDiagnosticsAsync computes the compiler's diagnostics
    // itself (that is what raises the compilation events the analyzers feed on) and drops them.
    // Asking withAnalyzers.Compilation for them again would compile a second time, from scratch.
    var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    double cpuMs = (CpuTime() - cpu).TotalMilliseconds, wallMs = wall.Elapsed.TotalMilliseconds;

    var perAnalyzer = new Dictionary<DiagnosticAnalyzer, double>();
    foreach (var analyzer in analyzers)
        perAnalyzer[analyzer] = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime.TotalMilliseconds;
    return new Run(cpuMs, wallMs, diagnostics, perAnalyzer);
}

void Row(string name, List<Run> list) =>
    Console.WriteLine($"{name,-28}{Median(list, r => r.Cpu),10:F1}   {$"{list.Min(r => r.Cpu):F0}-{list.Max(r => r.Cpu):F0}",-17}{Median(list, r => r.Wall),10:F1}");

static TimeSpan CpuTime()
{
    using var process = Process.GetCurrentProcess();
    return process.TotalProcessorTime;
}

static double Median(List<Run> runs, Func<Run, double> value)
{
    var sorted = runs.Select(value).Order().ToList();
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

internal sealed record Run(double Cpu, double Wall, ImmutableArray<Diagnostic> Diagnostics, IReadOnlyDictionary<DiagnosticAnalyzer, double> PerAnalyzer);

/// <summary>The baseline (c): asks for the same callbacks as the rules and does nothing with them.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class EmptyOperationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("BENCH0000", "Baseline", "Baseline", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(_ => { }, OperationKind.Binary);
    }
}
