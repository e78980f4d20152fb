using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Numerics;

/// <summary>
/// MLK1105: a float local declared outside a loop that adds up array elements (or the loop's
/// foreach variable) inside it: a long sum in single precision. The diagnostic's additional
/// location is the local's declarator, for the code fix.
/// </summary>
public sealed class FloatAccumulatorAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1105";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Float accumulator for a long sum",
        "float accumulator: '{0}' adds up a whole array in single precision, about 7 significant digits, so once the total is large each small term is rounded away; accumulate in a double",
        Rules.Categories.Numerics,
        DiagnosticSeverity.Warning,
        "A float has a 24-bit mantissa: once a running sum is 2^24 times larger than a term, adding the term changes nothing, and long before that every addition loses digits. A double accumulator costs nothing here and keeps 16 digits; convert back to float once, at the end, if the API needs a float.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeCompound, OperationKind.CompoundAssignment);
        context.RegisterOperationAction(AnalyzeSimple, OperationKind.SimpleAssignment);
    }

    private static void AnalyzeCompound(OperationAnalysisContext context)
    {
        if (context.Operation is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } compound
            && OperationTools.Unwrap(compound.Target) is ILocalReferenceOperation local)
            Check(context, compound, local.Local, compound.Value);
    }

    private static void AnalyzeSimple(OperationAnalysisContext context)
    {
        // sum = sum + x[i]
        if (context.Operation is ISimpleAssignmentOperation assignment
            && OperationTools.Unwrap(assignment.Target) is ILocalReferenceOperation local
            && OperationTools.Unwrap(assignment.Value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } sum
            && OperationTools.Unwrap(sum.LeftOperand) is ILocalReferenceOperation again
            && SymbolEqualityComparer.Default.Equals(again.Local, local.Local))
            Check(context, assignment, local.Local, sum.RightOperand);
    }

    private static void Check(OperationAnalysisContext context, IOperation assignment, ILocalSymbol local, IOperation term)
    {
        if (local.Type.SpecialType != SpecialType.System_Single) return;
        if (local.DeclaringSyntaxReferences.Length != 1) return;
        var declarator = local.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken) as VariableDeclaratorSyntax;
        if (declarator is null) return;

        // The innermost loop around the addition must not also hold the declaration.
        ILoopOperation? loop = null;
        for (var op = assignment.Parent; op is not null; op = op.Parent)
        {
            if (op is ILoopOperation found) { loop = found; break; }
            if (op is IAnonymousFunctionOperation or ILocalFunctionOperation) return;
        }
        if (loop is null || loop.Syntax.Span.Contains(declarator.Span)) return;
        if (!AddsElements(term, loop)) return;

        context.ReportDiagnostic(Diagnostic.Create(Rule, assignment.Syntax.GetLocation(), new[] { declarator.GetLocation() }, local.Name));
    }

    /// <summary>The term reads an array element, or the loop's own foreach variable over an array or list.</summary>
    private static bool AddsElements(IOperation term, ILoopOperation loop)
    {
        foreach (var op in term.DescendantsAndSelf())
        {
            if (op is IArrayElementReferenceOperation) return true;
            if (op is IPropertyReferenceOperation { Property.IsIndexer: true }) return true;
            if (op is ILocalReferenceOperation local && loop is IForEachLoopOperation forEach && forEach.LoopControlVariable is { } control)
            {
                foreach (var declared in control.DescendantsAndSelf())
                {
                    if (declared is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local)) return true;
                    if (declared is ILocalReferenceOperation { IsDeclaration: true } reference && SymbolEqualityComparer.Default.Equals(reference.Local, local.Local)) return true;
                }
            }
        }
        return false;
    }
}
