using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using MlKata.Analyzers.Models;

namespace MlKata.Analyzers.Metrics;

/// <summary>MLK1003: F1 or F-beta computed as the arithmetic mean (P + R) / 2 of precision and recall.</summary>
public sealed class F1ArithmeticMeanAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1003";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "F1 computed as the arithmetic mean of precision and recall",
        "F1 as an arithmetic mean: '{0}' averages precision and recall, so a model with a poor precision or a poor recall still scores well; F1 is their harmonic mean",
        Rules.Categories.Metrics,
        DiagnosticSeverity.Warning,
        "F1 (and F-beta) is a harmonic mean of precision and recall, which is pulled towards the smaller of the two. The arithmetic mean (P + R) / 2 gives 0.5 to a model that flags everything positive on a rare class.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Binary);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        if (context.Operation is not IBinaryOperation binary || binary.OperatorMethod is not null) return;

        // (P + R) / 2, (P + R) * 0.5 or 0.5 * (P + R).
        IOperation? sum;
        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.Divide when MetricNames.Constant(binary.RightOperand) == 2:
                sum = binary.LeftOperand;
                break;
            case BinaryOperatorKind.Multiply when MetricNames.Constant(binary.RightOperand) == 0.5:
                sum = binary.LeftOperand;
                break;
            case BinaryOperatorKind.Multiply when MetricNames.Constant(binary.LeftOperand) == 0.5:
                sum = binary.RightOperand;
                break;
            default:
                return;
        }

        var terms = ConfusionTerms.SumTerms(sum);
        if (terms.Length != 2) return;
        bool precisionAndRecall = MetricNames.IsPrecision(terms[0]) && MetricNames.IsRecall(terms[1])
            || MetricNames.IsRecall(terms[0]) && MetricNames.IsPrecision(terms[1]);
        if (!precisionAndRecall) return;

        if (!MetricNames.IsFScoreName(ModelCode.EnclosingMemberName(binary.Syntax))) return;
        context.ReportDiagnostic(Diagnostic.Create(Rule, binary.Syntax.GetLocation(), binary.Syntax.ToString()));
    }
}
