using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Models;

/// <summary>
/// MLK1202: a k-means centroid taken as a cluster's sum over its size when nothing in the
/// member handles a size of 0 (<c>sums[c][j] / counts[c]</c> with no <c>counts[c] == 0</c> check).
/// </summary>
public sealed class EmptyClusterMeanAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1202";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Centroid mean of a cluster that can be empty",
        "centroid mean of a cluster that can be empty: '{0}' divides by a cluster size that is 0 when no point joins the cluster, which gives NaN; decide what an empty cluster does before dividing",
        Rules.Categories.Models,
        DiagnosticSeverity.Warning,
        "In Lloyd's algorithm a cluster can lose all its points. Its mean is then 0/0 = NaN, and the NaN centroid is never "
        + "nearest to anything again. An empty cluster needs a rule of its own (the kata keeps the previous centroid).");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeDivision, OperationKind.Binary);
        context.RegisterOperationAction(AnalyzeCompoundDivision, OperationKind.CompoundAssignment);
    }

    private static void AnalyzeDivision(OperationAnalysisContext context)
    {
        if (context.Operation is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } division) return;
        Check(context, division.LeftOperand, division.RightOperand, numeratorIsTarget: false);
    }

    private static void AnalyzeCompoundDivision(OperationAnalysisContext context)
    {
        if (context.Operation is not ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Divide } division) return;
        Check(context, division.Target, division.Value, numeratorIsTarget: true);
    }

    private static void Check(OperationAnalysisContext context, IOperation numerator, IOperation denominator, bool numeratorIsTarget)
    {
        var syntax = context.Operation.Syntax;
        if (!IsSumLike(numerator, numeratorIsTarget) || SizeOf(denominator) is not { } size) return;
        if (syntax.ContainsDiagnostics || !ModelCode.InMemberOrTypeNamed(syntax, "kmeans", "kmedian", "cluster", "centroid", "lloyd")) return;
        if (IsGuarded(OperationTools.Root(context.Operation), size)) return;
        context.ReportDiagnostic(Diagnostic.Create(Rule, syntax.GetLocation(), syntax.ToString()));
    }

    private static bool IsSumLike(IOperation numerator, bool numeratorIsTarget)
    {
        var unwrapped = OperationTools.Unwrap(numerator);
        if (unwrapped is IInvocationOperation { TargetMethod.Name: "Sum" }) return true;
        if (ModelCode.RootName(unwrapped) is not { } name) return false;
        return ModelCode.NameHolds(name, SumFragments) || numeratorIsTarget && ModelCode.NameHolds(name, CentreFragments);
    }

    private static readonly string[] SumFragments = { "sum", "total" };
    private static readonly string[] CentreFragments = { "centroid", "center", "centre", "mean" };

    /// <summary>The cluster size a denominator reads, or null when it is not one (or cannot be 0 here).</summary>
    private static Size? SizeOf(IOperation? denominator)
    {
        var unwrapped = OperationTools.Unwrap(denominator);
        switch (unwrapped)
        {
            // counts[c], sizes[c]: one size per cluster
            case IArrayElementReferenceOperation element when ModelCode.RootSymbol(element.ArrayReference) is { } array && IsSizeName(array.Name):
                return new Size(array, SizeKind.Element);
            // count, clusterSize: a size counted in this member (a parameter may be checked by the caller)
            case ILocalReferenceOperation local when IsSizeName(local.Local.Name):
                return new Size(local.Local, SizeKind.Scalar);
            case IFieldReferenceOperation field when IsSizeName(field.Field.Name):
                return new Size(field.Field, SizeKind.Scalar);
            // members.Count, cluster.Count(), points.Length
            case IPropertyReferenceOperation { Property.Name: "Count" or "Length" } property when IsClusterCollection(property.Instance):
                return new Size(ModelCode.RootSymbol(property.Instance)!, SizeKind.CollectionCount);
            case IInvocationOperation { TargetMethod.Name: "Count" or "LongCount", Arguments.Length: 1 } invocation
                when invocation.Instance is null && IsClusterCollection(invocation.Arguments[0].Value):
                return new Size(ModelCode.RootSymbol(invocation.Arguments[0].Value)!, SizeKind.CollectionCount);
            default:
                return null;
        }
    }

    private static bool IsSizeName(string name)
    {
        string n = ModelCode.Normalize(name);
        return n.Contains("count") || n.Contains("size") || n is "nk";
    }

    private static bool IsClusterCollection(IOperation? collection)
    {
        var unwrapped = OperationTools.Unwrap(collection);
        if (unwrapped?.Type is INamedTypeSymbol type && type.AllInterfaces.Concat(new[] { type }).Any(i => i.Name == "IGrouping")) return false;
        if (unwrapped is not (ILocalReferenceOperation or IArrayElementReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation)) return false;
        if (ModelCode.RootSymbol(unwrapped) is not { } symbol) return false;
        string n = ModelCode.Normalize(symbol.Name);
        return n.Contains("cluster") || n.Contains("member") || n.Contains("assigned") || n.Contains("points");
    }

    /// <summary>Whether the member compares the size with something (<c>counts[c] == 0</c>, <c>count &gt; 0</c>, <c>members.Any()</c>...).</summary>
    private static bool IsGuarded(IOperation root, Size size)
    {
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IBinaryOperation binary when IsComparison(binary.OperatorKind):
                    if (Matches(binary.LeftOperand, size) || Matches(binary.RightOperand, size)) return true;
                    break;
                case IIsPatternOperation pattern when Matches(pattern.Value, size):
                    return true;
                case IInvocationOperation { TargetMethod.Name: "Max" or "Any" or "Clamp" } invocation
                    when invocation.Arguments.Any(a => Matches(a.Value, size)) || (invocation.Instance is { } instance && Matches(instance, size))
                        || size.Kind == SizeKind.CollectionCount && invocation.Arguments.Any(a => ModelCode.Reads(a.Value, size.Symbol)):
                    return true;
                case ISwitchOperation @switch when Matches(@switch.Value, size):
                    return true;
            }
        }
        return false;
    }

    private static bool IsComparison(BinaryOperatorKind kind) => kind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals
        or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;

    private static bool Matches(IOperation? operation, Size size) => SizeOf(operation) is { } other
        ? SymbolEqualityComparer.Default.Equals(other.Symbol, size.Symbol) && other.Kind == size.Kind
        : size.Kind == SizeKind.Scalar && OperationTools.Unwrap(operation) is { } unwrapped && ModelCode.Reads(unwrapped, size.Symbol)
            && unwrapped is ILocalReferenceOperation or IFieldReferenceOperation;

    private enum SizeKind { Element, Scalar, CollectionCount }

    private sealed class Size
    {
        public Size(ISymbol symbol, SizeKind kind) => (Symbol, Kind) = (symbol, kind);
        public ISymbol Symbol { get; }
        public SizeKind Kind { get; }
    }
}
