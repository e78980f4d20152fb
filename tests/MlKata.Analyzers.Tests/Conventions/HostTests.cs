using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlKata.Analyzers;

namespace MlKata.Analyzers.Tests.Conventions;

/// <summary>
/// The compiler loads one analyzer, MlKataAnalyzer, which runs every rule (see its summary for
/// why). These tests keep it complete; the verifier checks, on every rule test, that it reports
/// what the rule reports alone.
/// </summary>
public class HostTests
{
    private static readonly Type[] AnalyzerTypes = typeof(MlKataAnalyzer).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .ToArray();

    [Fact]
    public void Every_rule_of_the_assembly_runs_in_the_host()
    {
        var rules = AnalyzerTypes.Where(t => t != typeof(MlKataAnalyzer)).Select(t => t.Name).Order().ToList();
        var hosted = MlKataAnalyzer.Rules.Select(r => r.GetType().Name).Order().ToList();
        Assert.True(rules.SequenceEqual(hosted),
            $"MlKataAnalyzer.Rules must list every rule once. Missing: {string.Join(", ", rules.Except(hosted))}; extra or twice: {string.Join(", ", hosted.GroupBy(h => h).Where(g => g.Count() > 1 || !rules.Contains(g.Key)).Select(g => g.Key))}");
    }

    [Fact]
    public void Only_the_host_is_loaded_by_the_compiler()
    {
        // A rule with [DiagnosticAnalyzer] of its own would run twice: alone and in the host.
        var loaded = AnalyzerTypes.Where(t => t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null).Select(t => t.Name).ToList();
        Assert.Equal([nameof(MlKataAnalyzer)], loaded);
        Assert.Contains(LanguageNames.CSharp, typeof(MlKataAnalyzer).GetCustomAttribute<DiagnosticAnalyzerAttribute>()!.Languages);
    }

    [Fact]
    public void The_host_supports_every_rule_id_once()
    {
        var ids = new MlKataAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(MlKataAnalyzer.Rules.SelectMany(r => r.SupportedDiagnostics).Select(d => d.Id).Order(), ids.Order());
        Assert.True(ids.Count >= 30, $"{ids.Count} rules");
    }

    [Fact]
    public void The_host_gathers_each_rule_action_and_refuses_what_it_cannot_forward()
    {
        var gathered = MlKataAnalyzer.Gather(MlKataAnalyzer.Rules);
        Assert.Contains(OperationKind.Binary, gathered.Operations.Keys);
        Assert.Contains(OperationKind.Invocation, gathered.Operations.Keys);
        Assert.Single(MlKataAnalyzer.Gather([new StartAnalyzer()]).CompilationStarts);   // forwarded, though no rule has one now

        var refused = Assert.Throws<InvalidOperationException>(() => MlKataAnalyzer.Gather([new SymbolActionAnalyzer()]));
        Assert.Contains("SymbolActionAnalyzer registers a symbol action", refused.Message);
        var serial = Assert.Throws<InvalidOperationException>(() => MlKataAnalyzer.Gather([new SerialAnalyzer()]));
        Assert.Contains("EnableConcurrentExecution", serial.Message);
    }

    // Fixtures for the host, as the rules are: MlKataAnalyzer runs them, no compiler loads them,
    // so they carry no [DiagnosticAnalyzer] attribute.
#pragma warning disable RS1001
    private sealed class SymbolActionAnalyzer : DiagnosticAnalyzer
    {
        public override System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSymbolAction(_ => { }, SymbolKind.Method);
        }
    }

    private sealed class StartAnalyzer : DiagnosticAnalyzer
    {
        public override System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start => start.RegisterOperationAction(_ => { }, OperationKind.Binary));
        }
    }

    private sealed class SerialAnalyzer : DiagnosticAnalyzer
    {
        public override System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];

        public override void Initialize(AnalysisContext context) =>
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
    }
#pragma warning restore RS1001
}
