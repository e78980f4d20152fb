using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MlKata.Analyzers.Metrics;

/// <summary>MLK1001: precision divided by TP + FN, the actual positives (recall's denominator).</summary>
public sealed class PrecisionDenominatorAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1001";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Precision denominator uses FN",
        "precision denominator uses FN: '{0}' counts the actual positives, which is recall's denominator; precision asks how many of the predicted positives are right",
        Rules.Categories.Metrics,
        DiagnosticSeverity.Warning,
        "Precision is TP over everything the model predicted positive. A denominator built from true positives and false negatives measures recall instead.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(
            c => DenominatorCheck.Analyze(c, Rule, "precision", "recall", ConfusionTerm.FalseNegatives, ConfusionTerm.FalsePositives),
            OperationKind.Binary);
    }
}
