using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using MlKata.Analyzers;
using MlKata.Validation;

namespace MlKata.Benchmarks;

/// <summary>
/// <c>--micro N</c>: each rule alone, N passes over the operation trees of the corpus, bound once
/// beforehand. No compiler work and no analyzer driver is timed, only the rules' callbacks, each
/// pass paired with a pass of a baseline that only reads the operation's kind, so a change to one
/// rule shows as a steady ns per call within some 10 % on this VM: the tool for making a rule
/// cheaper. The steady passes run on warm memory and built caches; the first pass over fresh
/// trees is shown beside them, and the full benchmark stays the measure of the goals.
/// </summary>
internal static class Micro
{
    public static void Run(Corpus corpus, ImmutableArray<DiagnosticAnalyzer> rules, int passes)
    {
        // One pass of every rule over a first compilation compiles the rules' code; the figures
        // come from a second one, fresh, whose trees no rule has touched yet.
        var warmUp = Bind(corpus);
        foreach (var rule in rules)
            foreach (var (action, context) in Calls(new MlKataAnalyzer([rule]), warmUp.Compilation, warmUp.Operations, () => { })) action(context);
        var (compilation, operations) = Bind(corpus);

        Console.WriteLine($"micro      {operations.Count:N0} operations, {passes} passes per rule after a first one, each paired with a pass of a baseline that only");
        Console.WriteLine("           reads the operation's kind: ns per call and ms per pass are the rule's time beyond the baseline (median ratio to it, at its");
        Console.WriteLine("           fastest), MB what a pass allocates; \"first ms\" is the first pass over the fresh trees, whole: what a rule computes once per");
        Console.WriteLine("           tree (caches, values Roslyn computes on first use), and cache misses");
        Console.WriteLine();
        Console.WriteLine($"{"rule",-14}{"analyzer",-32}{"hits",6}{"calls",10}{"ns / call",10}{"ms / pass",10}{"MB / pass",12}{"first ms",10}");
        double total = 0, totalBytes = 0, totalFirst = 0;
        foreach (var rule in rules)
        {
            var m = Measure(new MlKataAnalyzer([rule]), compilation, operations, passes);
            total += m.Ms;
            totalBytes += m.Bytes;
            totalFirst += m.FirstMs;
            var ids = string.Join(",", rule.SupportedDiagnostics.Select(d => d.Id).Distinct());
            Console.WriteLine($"{ids,-14}{rule.GetType().Name,-32}{m.Hits,6}{m.Calls,10:N0}{m.Ms * 1e6 / Math.Max(1, m.Calls),10:F0}{m.Ms,10:F2}{m.Bytes / 1e6,12:F2}{m.FirstMs,10:F2}");
        }
        Console.WriteLine($"{"all, one by one",-52}{"",10}{"",10}{total,10:F2}{totalBytes / 1e6,12:F2}{totalFirst,10:F2}");
        // The rules together, as they ship: one host that calls them in turn on each operation.
        // Its first pass comes after every rule's, so it is not shown: it is warm too.
        var host = Measure(new MlKataAnalyzer(rules), compilation, operations, passes);
        Console.WriteLine($"{"all in one host",-38}{host.Hits,6}{host.Calls,10:N0}{host.Ms * 1e6 / Math.Max(1, host.Calls),10:F0}{host.Ms,10:F2}{host.Bytes / 1e6,12:F2}");
    }

    /// <summary>
    /// A host's callbacks over every operation of their kinds: the first pass, then each pass
    /// paired with a pass of the baseline, the rule's time read as a ratio to its pair: this VM's
    /// speed drifts by half within seconds, which moves both alike. Net of the baseline, at its
    /// fastest speed.
    /// </summary>
    private static (int Hits, int Calls, double Ms, double Bytes, double FirstMs) Measure(MlKataAnalyzer host, Compilation compilation,
        List<(IOperation Operation, ISymbol Symbol)> operations, int passes)
    {
        int hits = 0;
        var calls = Calls(host, compilation, operations, () => hits++);
        long first = Stopwatch.GetTimestamp();
        foreach (var (action, context) in calls) action(context);
        double firstMs = Stopwatch.GetElapsedTime(first).TotalMilliseconds;
        int hitsPerPass = hits;
        var baseline = calls.Select(c => (Action: Baseline, c.Context)).ToArray();
        GC.Collect();
        long allocated = GC.GetAllocatedBytesForCurrentThread(), baselineBytes = 0;
        var ratios = new List<double>();
        double fastestBaseline = double.MaxValue;
        for (int pass = 0; pass < passes; pass++)
        {
            long mark = GC.GetAllocatedBytesForCurrentThread();
            double baseMs = Pass(baseline);
            baselineBytes += GC.GetAllocatedBytesForCurrentThread() - mark;
            ratios.Add(Pass(calls) / baseMs);
            fastestBaseline = Math.Min(fastestBaseline, baseMs);
        }
        ratios.Sort();
        double ms = (ratios[ratios.Count / 2] - 1) * fastestBaseline;
        double bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated - baselineBytes) / (double)passes;
        return (hitsPerPass, calls.Length, ms, bytes, firstMs);
    }

    private static double Pass((Action<OperationAnalysisContext> Action, OperationAnalysisContext Context)[] calls)
    {
        long begin = Stopwatch.GetTimestamp();
        foreach (var (action, context) in calls) action(context);
        return Stopwatch.GetElapsedTime(begin).TotalMilliseconds;
    }

    /// <summary>What every rule does at least: look at the operation's kind.</summary>
    private static readonly Action<OperationAnalysisContext> Baseline = context =>
    {
        if (context.Operation.Kind == OperationKind.None) throw new InvalidOperationException("no operation has kind None here");
    };

    /// <summary>A fresh compilation of the corpus, bound, and every operation in its members' bodies.</summary>
    private static (Compilation Compilation, List<(IOperation Operation, ISymbol Symbol)> Operations) Bind(Corpus corpus)
    {
        var compilation = KataCompiler.Create("Micro", corpus.Trees);
        compilation.GetDiagnostics();
        var operations = new List<(IOperation Operation, ISymbol Symbol)>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is not (BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax }))
                    continue;
                var root = model.GetOperation(node);
                var symbol = model.GetDeclaredSymbol(node is ArrowExpressionClauseSyntax arrow ? arrow.Parent! : node);
                if (root is null || symbol is null) continue;
                foreach (var operation in root.DescendantsAndSelf()) operations.Add((operation, symbol));
            }
        }
        return (compilation, operations);
    }

    /// <summary>Each call the driver would make to <paramref name="host"/>: an action and its context.</summary>
    private static (Action<OperationAnalysisContext> Action, OperationAnalysisContext Context)[] Calls(
        MlKataAnalyzer host, Compilation compilation, List<(IOperation Operation, ISymbol Symbol)> operations, Action hit)
    {
        var gathered = MlKataAnalyzer.Gather([host]);   // what the host registers: one callback per kind, calling its rules in turn
        var actions = gathered.Operations.ToDictionary(p => p.Key, p => p.Value.ToList());
        if (gathered.CompilationStarts.Count > 0)   // none does now; the full benchmark times them
            throw new NotSupportedException($"--micro times operation actions only, and a rule ({string.Join(", ", host.SupportedDiagnostics.Select(d => d.Id))}) registers a compilation-start action.");
#pragma warning disable CS0618 // the public constructor without a control flow graph, which no rule asks for
        return operations.Where(o => actions.ContainsKey(o.Operation.Kind))
            .SelectMany(o => actions[o.Operation.Kind].Select(action => (Action: action, Context: new OperationAnalysisContext(
                o.Operation, o.Symbol, compilation, new AnalyzerOptions([]), _ => hit(), _ => true, CancellationToken.None))))
            .ToArray();
#pragma warning restore CS0618
    }
}
