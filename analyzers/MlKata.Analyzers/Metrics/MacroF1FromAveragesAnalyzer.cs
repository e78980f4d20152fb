using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using MlKata.Analyzers.Models;

namespace MlKata.Analyzers.Metrics;

/// <summary>
/// MLK1006: macro F1 computed as the harmonic mean of the macro-averaged precision and recall,
/// instead of the mean of the per-class F1 scores.
/// </summary>
public sealed class MacroF1FromAveragesAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1006";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Macro F1 computed from averaged precision and recall",
        "macro F1 from averages: '{0}' is the harmonic mean of one precision and one recall for the whole call; macro F1 scores every class on its own first, then averages those scores",
        Rules.Categories.Metrics,
        DiagnosticSeverity.Warning,
        "Macro F1 is the unweighted mean of the per-class F1 scores (scikit-learn's f1_score(average='macro')). The F1 of the macro-averaged precision and recall is a different number, never smaller, and it hides a class whose precision and recall are both poor.");

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

        // The numerator is a product holding one precision and one recall: 2 * P * R, (1 + b²) * P * R.
        if (OperationTools.Unwrap(division.LeftOperand) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply }) return;
        var numerator = Factors(division.LeftOperand);
        var precision = numerator.Where(IsWholeCallPrecision).ToList();
        var recall = numerator.Where(IsWholeCallRecall).ToList();
        if (precision.Count != 1 || recall.Count != 1) return;

        // The denominator adds them, each possibly scaled: P + R, b² * P + R.
        var terms = ConfusionTerms.SumTerms(division.RightOperand);
        if (terms.Length != 2) return;
        var first = Factors(terms[0]);
        var second = Factors(terms[1]);
        bool sameValues = Holds(first, precision[0]) && Holds(second, recall[0]) || Holds(first, recall[0]) && Holds(second, precision[0]);
        if (!sameValues) return;

        string? member = ModelCode.EnclosingMemberName(division.Syntax);
        if (!MetricNames.IsFScoreName(member) || !MetricNames.Contains(member, "macro")) return;

        // Per-class F1 is computed in a loop or a lambda over the classes; a harmonic mean that
        // runs once per call combines values that already cover every class.
        if (!MetricNames.RunsOncePerCall(division)) return;

        context.ReportDiagnostic(Diagnostic.Create(Rule, division.Syntax.GetLocation(), division.Syntax.ToString()));
    }

    /// <summary>A precision held in a local, a field or a property, or returned by a call; not a parameter or an array element.</summary>
    private static bool IsWholeCallPrecision(IOperation factor) => IsWholeCallValue(factor) && MetricNames.IsPrecision(factor);

    private static bool IsWholeCallRecall(IOperation factor) => IsWholeCallValue(factor) && MetricNames.IsRecall(factor);

    private static bool IsWholeCallValue(IOperation factor) => OperationTools.Unwrap(factor) is
        ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation or IInvocationOperation;

    /// <summary>The product holds <paramref name="value"/> once and no other precision or recall.</summary>
    private static bool Holds(ImmutableArray<IOperation> factors, IOperation value)
    {
        string? name = MetricNames.NameOf(value);
        if (name is null) return false;
        int matches = 0;
        foreach (var factor in factors)
        {
            if (IsWholeCallValue(factor) && MetricNames.NameOf(factor) == name) matches++;
            else if (MetricNames.IsPrecision(factor) || MetricNames.IsRecall(factor)) return false;
        }
        return matches == 1;
    }

    /// <summary>The factors of a product <c>a * b * c</c>, conversions looked through.</summary>
    private static ImmutableArray<IOperation> Factors(IOperation? operation)
    {
        var factors = ImmutableArray.CreateBuilder<IOperation>();
        void Walk(IOperation? op)
        {
            op = OperationTools.Unwrap(op);
            if (op is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply, OperatorMethod: null } product)
            {
                Walk(product.LeftOperand);
                Walk(product.RightOperand);
            }
            else if (op is not null)
            {
                factors.Add(op);
            }
        }
        Walk(operation);
        return factors.ToImmutable();
    }
}
