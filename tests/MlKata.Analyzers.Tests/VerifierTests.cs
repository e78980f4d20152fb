using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlKata.Analyzers.Metrics;
using MlKata.Analyzers.Tests.Verification;
using Xunit.Sdk;

namespace MlKata.Analyzers.Tests;

/// <summary>The verifier itself must be able to fail, and say why in paste-ready form.</summary>
public class VerifierTests
{
    [Fact]
    public void Markup_reads_both_marker_kinds_and_nesting()
    {
        var (source, expected) = Markup.Parse("a [|b {|X1:c|}|] d");
        Assert.Equal("a b c d", source);
        Assert.Equal([new ExpectedDiagnostic(null, new(2, 3)), new ExpectedDiagnostic("X1", new(4, 1))], expected);
        Assert.Equal("a {|X2:b {|X1:c|}|} d", Markup.Render(source, [("X2", new(2, 3)), ("X1", new(4, 1))]));
    }

    [Fact]
    public void Unclosed_markup_is_an_error()
    {
        Assert.Throws<ArgumentException>(() => Markup.Parse("a [|b"));
    }

    [Fact]
    public async Task A_missing_diagnostic_fails_with_the_actual_ones_as_markup()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verifier<PrecisionDenominatorAnalyzer>.VerifyAsync("""
            static class M { public static double Precision(int tp, int fn) => (double)tp / (tp + fn); }
            """));
        Assert.Contains("{|MLK1001:tp + fn|}", failure.Message);
        Assert.Contains("Expected:\n  (none)", failure.Message.Replace("\r", ""));
    }

    [Fact]
    public async Task An_unexpected_span_fails()
    {
        await Assert.ThrowsAsync<XunitException>(() => Verifier<PrecisionDenominatorAnalyzer>.VerifyAsync("""
            static class M { public static double Precision(int tp, int fn) => [|(double)tp / (tp + fn)|]; }
            """));
    }

    [Fact]
    public async Task Source_that_does_not_compile_fails_unless_allowed()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verifier<PrecisionDenominatorAnalyzer>.VerifyAsync("class C { int x = ; }"));
        Assert.Contains("does not compile", failure.Message);
        await Verifier<PrecisionDenominatorAnalyzer>.VerifyAsync("class C { int x = ; }", allowCompilerErrors: true);
    }

    [Fact]
    public async Task An_analyzer_exception_is_a_failure()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verifier<ThrowingAnalyzer>.VerifyAsync("class C { }"));
        Assert.Contains("AD0001", failure.Message);
    }

    [Fact]
    public async Task A_wrong_code_fix_result_fails_with_a_diff()
    {
        var failure = await Assert.ThrowsAsync<XunitException>(() => Verifier<PrecisionDenominatorAnalyzer>.VerifyCodeFixAsync<MlKata.Analyzers.CodeFixes.SwapConfusionTermCodeFix>(
            "static class M { public static double Precision(int tp, int fp, int fn) => (double)tp / ([|tp + fn|]); }",
            "static class M { public static double Precision(int tp, int fp, int fn) => (double)tp / (tp + fn); }"));
        Assert.Contains("+ actual:", failure.Message);
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TST0001", "t", "t", "t", DiagnosticSeverity.Warning, true);
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxTreeAction(_ => throw new InvalidOperationException("boom"));
        }
    }
}
