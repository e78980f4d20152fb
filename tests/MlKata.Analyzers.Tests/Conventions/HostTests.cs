using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
        Assert.NotEmpty(gathered.Binary);        // filtered on the operator
        Assert.NotEmpty(gathered.Invocations);   // filtered on the method's name
        Assert.NotEmpty(gathered.SelfCalls);     // calls that may be recursive
        var registered = MlKataAnalyzer.Gather([new MlKataAnalyzer()]).Operations.Keys;   // what the host asks of Roslyn
        Assert.Contains(OperationKind.Binary, registered);
        Assert.Contains(OperationKind.Invocation, registered);
        Assert.Single(MlKataAnalyzer.Gather([new StartAnalyzer()]).CompilationStarts);   // forwarded, though no rule has one now

        var refused = Assert.Throws<InvalidOperationException>(() => MlKataAnalyzer.Gather([new SymbolActionAnalyzer()]));
        Assert.Contains("SymbolActionAnalyzer registers a symbol action", refused.Message);
        var serial = Assert.Throws<InvalidOperationException>(() => MlKataAnalyzer.Gather([new SerialAnalyzer()]));
        Assert.Contains("EnableConcurrentExecution", serial.Message);
    }

    [Fact]
    public async Task Filtered_actions_see_only_their_operators_and_names_hosted_or_alone()
    {
        const string code = """
            static class C
            {
                static double M(double a, double b, System.Collections.Generic.List<double> list)
                {
                    list.Add(a);
                    var x = a + b;
                    int Twice(int n) => n <= 0 ? 0 : 2 + Twice(n - 1);
                    return System.Math.Log(a / b) - x + M(a, b, list) + Twice(1);
                }
            }
            """;
        string[] expected =
        [
            "any call: list.Add(a)", "any binary: a + b", "any call: System.Math.Log(a / b)", "Log: System.Math.Log(a / b)",
            "any binary: a / b", "divide: a / b", "any call: M(a, b, list)", "self: M(a, b, list)", "any call: Twice(1)", "self: Twice(1)",
            "any call: Twice(n - 1)", "self: Twice(n - 1)", "any binary: n <= 0", "any binary: 2 + Twice(n - 1)", "any binary: n - 1",
            "any binary: System.Math.Log(a / b) - x", "any binary: System.Math.Log(a / b) - x + M(a, b, list)",
            "any binary: System.Math.Log(a / b) - x + M(a, b, list) + Twice(1)",
        ];
        var compilation = CSharpCompilation.Create("Filters", [CSharpSyntaxTree.ParseText(code)], Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        foreach (var analyzer in new DiagnosticAnalyzer[] { new FilteredAnalyzer(), new MlKataAnalyzer([new FilteredAnalyzer()]) })
        {
            var found = await compilation.WithAnalyzers([analyzer]).GetAnalyzerDiagnosticsAsync();
            Assert.Equal(expected.Order(StringComparer.Ordinal), found.Select(d => d.GetMessage()).Order(StringComparer.Ordinal));
        }
    }

    /// <summary>Reports each call of its actions: three filtered, two taking any operator or name.</summary>
    private sealed class FilteredAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Seen = new("TEST0001", "Seen", "{0}", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Seen];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterBinaryAction(c => Report(c, "divide"), Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.Divide);
            context.RegisterOperationAction(c => Report(c, "any binary"), OperationKind.Binary);
            context.RegisterInvocationAction(c => Report(c, "Log"), name => name == "Log");
            context.RegisterOperationAction(c => Report(c, "any call"), OperationKind.Invocation);
            context.RegisterSelfCallAction(c => Report(c, "self"));
        }

        private static void Report(OperationAnalysisContext context, string what) =>
            context.ReportDiagnostic(Diagnostic.Create(Seen, context.Operation.Syntax.GetLocation(), $"{what}: {context.Operation.Syntax}"));
    }

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
}
