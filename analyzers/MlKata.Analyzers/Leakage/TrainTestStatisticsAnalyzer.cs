using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using MlKata.Analyzers.Models;

namespace MlKata.Analyzers.Leakage;

/// <summary>
/// MLK1302: training and held-out data joined (<c>xTrain.Concat(xTest)</c>, <c>[.. xTrain, .. xTest]</c>,
/// <c>foreach (var part in new[] { xTrain, xTest })</c>) and fed to <c>Fit</c> or to a mean,
/// standard deviation or other statistic.
/// </summary>
public sealed class TrainTestStatisticsAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1302";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Statistics computed over train and test together",
        "train and test statistics mixed: '{0}' puts the held-out rows into what is fitted or averaged, so the test set shapes the preprocessing it is scored with; learn statistics from the training split alone",
        Rules.Categories.Leakage,
        DiagnosticSeverity.Warning,
        "A mean, a standard deviation, a vocabulary or a model fitted on train and test together carries information from the "
        + "test set into training. The test score then overestimates how the pipeline does on data it has never seen.");

    private static readonly string[] StatisticFragments =
    {
        "mean", "average", "std", "deviation", "variance", "statistic", "normaliz", "normalis", "standardiz", "standardis", "minmax",
        "quantile", "median", "percentile", "zscore",
    };

    private static readonly string[] AccumulatorFragments = { "sum", "mean", "square", "sq", "var", "std", "moment" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeConcat, OperationKind.Invocation);
        context.RegisterOperationAction(AnalyzeArray, OperationKind.ArrayCreation);
        // A collection expression reaches the operation tree as the operand of its conversion to
        // the target type (an operation kind of its own only from Roslyn 4.9); no syntax walk.
        context.RegisterOperationAction(AnalyzeCollectionExpression, OperationKind.Conversion);
    }

    /// <summary><c>xTrain.Concat(xTest)</c>, <c>Enumerable.Union(train, test)</c>.</summary>
    private static void AnalyzeConcat(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name is not ("Concat" or "Union" or "UnionBy") || invocation.Arguments.Length < 2 || invocation.Syntax.ContainsDiagnostics) return;
        var parts = invocation.Instance is { } instance
            ? new[] { instance, invocation.Arguments[0].Value }
            : new[] { invocation.Arguments[0].Value, invocation.Arguments[1].Value };
        if (!MixesSplits(parts)) return;
        if (ModelCode.IsTestCode(invocation.Syntax)) return;
        if (FeedsStatistics(invocation, 0, requireElementwise: false))
            context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), invocation.Syntax.ToString()));
    }

    /// <summary><c>new[] { xTrain, xTest }</c> looped over to accumulate statistics.</summary>
    private static void AnalyzeArray(OperationAnalysisContext context)
    {
        var creation = (IArrayCreationOperation)context.Operation;
        if (creation.Initializer is not { } initializer || creation.Syntax.ContainsDiagnostics || !MixesSplits(initializer.ElementValues)) return;
        if (ModelCode.IsTestCode(creation.Syntax)) return;
        if (FeedsStatistics(creation, 0, requireElementwise: true))
            context.ReportDiagnostic(Diagnostic.Create(Rule, creation.Syntax.GetLocation(), creation.Syntax.ToString()));
    }

    /// <summary><c>[.. xTrain, .. xTest]</c> (joined) or <c>[xTrain, xTest]</c> (looped over).</summary>
    private static void AnalyzeCollectionExpression(OperationAnalysisContext context)
    {
        if (context.Operation is not IConversionOperation { Syntax: CollectionExpressionSyntax collection, Operand: { } operand } conversion
            || operand is IConversionOperation || operand.Syntax != collection || conversion.SemanticModel is not { } model)
            return;
        if (collection.Elements.Count < 2 || collection.ContainsDiagnostics || ModelCode.IsTestCode(collection)) return;
        var spreads = collection.Elements.OfType<SpreadElementSyntax>().Select(s => model.GetOperation(s.Expression, context.CancellationToken)).ToList();
        var plain = collection.Elements.OfType<ExpressionElementSyntax>().Select(e => model.GetOperation(e.Expression, context.CancellationToken)).ToList();
        bool joined = spreads.Count >= 2 && MixesSplits(spreads);
        bool listed = !joined && plain.Count >= 2 && MixesSplits(plain);
        if (!joined && !listed) return;

        IOperation operation = conversion;
        while (operation.Parent is IConversionOperation outer && outer.Operand == operation) operation = outer;
        if (!FeedsStatistics(operation, 0, requireElementwise: listed)) return;
        context.ReportDiagnostic(Diagnostic.Create(Rule, collection.GetLocation(), collection.ToString()));
    }

    private static bool MixesSplits(IEnumerable<IOperation?> parts)
    {
        bool train = false, held = false;
        foreach (var part in parts)
        {
            switch (DataSplitNames.SideOf(part, out _))
            {
                case SplitSide.Train: train = true; break;
                case SplitSide.Held: held = true; break;
            }
        }
        return train && held;
    }

    /// <summary>
    /// Whether the joined data reaches a fit or a statistic: passed to <c>Fit</c>/<c>Mean</c>/<c>Std</c>...,
    /// aggregated with <c>Average</c>/<c>Sum</c>/<c>Min</c>/<c>Max</c>, looped over to accumulate sums,
    /// directly or through <c>ToArray</c>/<c>Select</c>... and locals.
    /// </summary>
    private static bool FeedsStatistics(IOperation joined, int depth, bool requireElementwise)
    {
        if (depth > 3) return false;
        var current = joined;
        for (int step = 0; step < 12; step++)
        {
            var parent = current.Parent;
            if (parent is IConversionOperation or IParenthesizedOperation)
            {
                current = parent;
                continue;
            }
            switch (parent)
            {
                case IArgumentOperation argument when argument.Parent is IInvocationOperation invocation:
                {
                    bool receiver = invocation.TargetMethod.IsExtensionMethod && argument.Parameter?.Ordinal == 0;
                    switch (Consumes(invocation, receiver, requireElementwise))
                    {
                        case true: return true;
                        case false: return false;
                        default: current = invocation; continue;
                    }
                }
                case IInvocationOperation invocation when invocation.Instance == current:
                    switch (Consumes(invocation, receiver: true, requireElementwise))
                    {
                        case true: return true;
                        case false: return false;
                        default: current = invocation; continue;
                    }
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return LocalFeeds(declarator.Symbol, current, depth, requireElementwise);
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when assignment.Value == current:
                    return LocalFeeds(local.Local, current, depth, requireElementwise);
                case IForEachLoopOperation loop when loop.Collection == current:
                    return BodyAccumulates(loop.Body);
                default:
                    return false;
            }
        }
        return false;
    }

    /// <summary>true: the call fits or computes a statistic; null: it passes the data on (ToArray, Select...); false: anything else.</summary>
    private static bool? Consumes(IInvocationOperation invocation, bool receiver, bool requireElementwise)
    {
        string name = invocation.TargetMethod.Name;
        if (requireElementwise) return receiver && name is "ToArray" or "ToList" or "AsEnumerable" ? null : false;
        if (IsStatisticName(name)) return true;
        if (!receiver) return false;
        if (name is "Average" or "Sum" or "Min" or "Max" or "Aggregate") return true;
        if (name is "ToArray" or "ToList" or "AsEnumerable" or "Select" or "SelectMany" or "Where" or "Cast" or "OfType" or "Concat" or "Distinct") return null;
        return false;
    }

    private static bool IsStatisticName(string name)
    {
        if (DataSplitNames.IsFitName(name)) return true;
        string normalized = ModelCode.Normalize(name);
        return StatisticFragments.Any(f => normalized.IndexOf(f, StringComparison.Ordinal) >= 0);
    }

    private static bool LocalFeeds(ILocalSymbol local, IOperation definition, int depth, bool requireElementwise)
    {
        var root = OperationTools.Root(definition);
        foreach (var reference in root.Descendants().OfType<ILocalReferenceOperation>())
        {
            if (!SymbolEqualityComparer.Default.Equals(reference.Local, local)) continue;
            if (reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference) continue;
            if (FeedsStatistics(reference, depth + 1, requireElementwise)) return true;
        }
        return false;
    }

    /// <summary>A loop body that accumulates sums, means or extremes of the values, or fits on each part.</summary>
    private static bool BodyAccumulates(IOperation body)
    {
        foreach (var operation in body.DescendantsAndSelf())
        {
            switch (operation)
            {
                case ICompoundAssignmentOperation compound when IsAccumulator(compound.Target) && ReadsValues(compound.Value):
                    return true;
                case ISimpleAssignmentOperation simple when IsExtreme(simple.Target) && ReadsValues(simple.Value):
                    return true;
                case IInvocationOperation invocation when IsStatisticName(invocation.TargetMethod.Name):
                    return true;
            }
        }
        return false;
    }

    private static bool IsAccumulator(IOperation target) =>
        ModelCode.RootName(target) is { } name && AccumulatorFragments.Any(f => ModelCode.Normalize(name).IndexOf(f, StringComparison.Ordinal) >= 0);

    private static bool IsExtreme(IOperation target) =>
        ModelCode.RootName(target) is { } name && ModelCode.Normalize(name) is var n
        && (n.Contains("min") || n.Contains("max") || n.Contains("mean"));

    /// <summary>The value reads data (an element or a loop variable), not just a length.</summary>
    private static bool ReadsValues(IOperation value) =>
        value.DescendantsAndSelf().Any(o => o is IArrayElementReferenceOperation
            || o is ILocalReferenceOperation { Local: var local } && local.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is ForEachStatementSyntax));
}
