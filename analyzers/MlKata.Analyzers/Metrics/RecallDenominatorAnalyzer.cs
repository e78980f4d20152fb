using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MlKata.Analyzers.Metrics;

/// <summary>MLK1002: recall divided by TP + FP, the predicted positives (precision's denominator).</summary>
public sealed class RecallDenominatorAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1002";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Recall denominator uses FP",
        "recall denominator uses FP: '{0}' counts the predicted positives, which is precision's denominator; recall asks how many of the actual positives were found",
        Rules.Categories.Metrics,
        DiagnosticSeverity.Warning,
        "Recall is TP over everything that is actually positive. A denominator built from true positives and false positives measures precision instead.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(
            c => DenominatorCheck.Analyze(c, Rule, "recall", "precision", ConfusionTerm.FalsePositives, ConfusionTerm.FalseNegatives),
            OperationKind.Binary);
    }
}
