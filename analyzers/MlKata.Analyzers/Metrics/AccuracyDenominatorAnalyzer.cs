using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using MlKata.Analyzers.Models;

namespace MlKata.Analyzers.Metrics;

/// <summary>
/// MLK1005: accuracy divided by a sum of confusion cells that leaves one out
/// (<c>tp / (tp + fp + fn)</c>, <c>(tp + tn) / (tp + fp + tn)</c>).
/// </summary>
public sealed class AccuracyDenominatorAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1005";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Accuracy divided by the wrong count",
        "accuracy denominator '{0}' leaves out {1}; accuracy is the share of right predictions among all of them",
        Rules.Categories.Metrics,
        DiagnosticSeverity.Warning,
        "Accuracy divides the correct predictions (TP + TN) by every prediction made, all four cells of the confusion matrix. A denominator that drops a cell is another metric: without TN it is the Jaccard index (critical success index), without FN or FP it is no standard metric at all.");

    private static readonly ConfusionTerm[] AllCells =
        { ConfusionTerm.TruePositives, ConfusionTerm.FalsePositives, ConfusionTerm.FalseNegatives, ConfusionTerm.TrueNegatives };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Binary);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        if (context.Operation is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide, OperatorMethod: null } division) return;

        // The numerator counts the right predictions: TP + TN, or TP alone. A first look at its
        // shape, before anything is allocated: most divisions are neither.
        var top = OperationTools.Unwrap(division.LeftOperand);
        if (top is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } added
            ? ConfusionTerms.Classify(added.LeftOperand) is not (ConfusionTerm.TruePositives or ConfusionTerm.TrueNegatives)
            : ConfusionTerms.Classify(top) != ConfusionTerm.TruePositives)
            return;
        var numerator = ConfusionTerms.SumTerms(division.LeftOperand).Select(ConfusionTerms.Classify).ToList();
        bool positivesOnly = numerator.Count == 1 && numerator[0] == ConfusionTerm.TruePositives;
        bool correctCount = positivesOnly
            || numerator.Count == 2 && numerator.Contains(ConfusionTerm.TruePositives) && numerator.Contains(ConfusionTerm.TrueNegatives);
        if (!correctCount) return;

        // The denominator is a sum of distinct confusion cells, but not of all four.
        var denominator = OperationTools.Unwrap(division.RightOperand);
        if (denominator is null) return;
        var cells = ConfusionTerms.SumTerms(denominator).Select(ConfusionTerms.Classify).ToList();
        if (cells.Count == 0 || cells.Contains(ConfusionTerm.None) || cells.Distinct().Count() != cells.Count || cells.Count == AllCells.Length) return;
        // TP alone over TP + FP or TP + FN is precision or a true-positive rate (balanced accuracy
        // averages those); only TP over TP + FP + FN passes for accuracy.
        if (positivesOnly && !(cells.Contains(ConfusionTerm.FalsePositives) && cells.Contains(ConfusionTerm.FalseNegatives))) return;

        string? member = ModelCode.EnclosingMemberName(division.Syntax);
        if (member is null
            || member.IndexOf("accuracy", StringComparison.OrdinalIgnoreCase) < 0
            || member.IndexOf("balanced", StringComparison.OrdinalIgnoreCase) >= 0)
            return;

        var missing = AllCells.Where(cell => !cells.Contains(cell)).Select(Describe).ToList();
        string missingText = missing.Count == 1 ? missing[0]
            : string.Join(", ", missing.Take(missing.Count - 1)) + " and " + missing[missing.Count - 1];
        context.ReportDiagnostic(Diagnostic.Create(Rule, denominator.Syntax.GetLocation(), denominator.Syntax.ToString(), missingText));
    }

    private static string Describe(ConfusionTerm term) => term switch
    {
        ConfusionTerm.TruePositives => "the true positives",
        ConfusionTerm.FalsePositives => "the false positives",
        ConfusionTerm.FalseNegatives => "the false negatives",
        _ => "the true negatives",
    };
}
