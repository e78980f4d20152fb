using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using MlKata.Analyzers.Models;

namespace MlKata.Analyzers.Numerics;

/// <summary>
/// MLK1106: <c>p * Math.Log(p)</c> summed into an entropy-like total, where p comes from an array
/// (so it can be 0) and nothing compares p with 0 first: 0 · log 0 is 0 · -Infinity = NaN.
/// </summary>
public sealed class ZeroTimesLogZeroAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1106";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "0 · log 0 evaluated in an entropy sum",
        "0 · log 0: '{0}' is 0 · -Infinity = NaN when the probability is exactly 0, and one NaN term makes the whole sum NaN; by convention such a term contributes 0, so do not evaluate it",
        Rules.Categories.Numerics,
        DiagnosticSeverity.Warning,
        "In entropy, KL divergence and similar sums the term p·log p tends to 0 as p goes to 0, but floating point evaluates it literally: Math.Log(0) is -Infinity and 0 * -Infinity is NaN. A class or bin with no mass is common (an empty histogram bin, a class absent from a node), so the zero case has to be handled explicitly.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        if (context.Operation is not IInvocationOperation log || !NumericFlow.IsMath(log.TargetMethod, "Log", "Log2", "Log10")
            || log.Arguments.Length == 0)
            return;
        var p = OperationTools.Unwrap(log.Arguments[0].Value);
        if (p is not (ILocalReferenceOperation or IParameterReferenceOperation or IArrayElementReferenceOperation)) return;

        // p * Math.Log(p) or Math.Log(p) * p.
        if (OperationTools.UnwrappedParent(log) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product) return;
        var other = OperationTools.Unwrap(ReferenceEquals(OperationTools.Unwrap(product.LeftOperand), log) ? product.RightOperand : product.LeftOperand);
        if (other is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } negated) other = OperationTools.Unwrap(negated.Operand);   // -p * Math.Log(p)
        string text = p.Syntax.ToString();
        if (other is null || other.Syntax.ToString() != text || product.Syntax.ContainsDiagnostics) return;

        if (!IsSummed(product) && !NumericFlow.Contains(ModelCode.EnclosingMemberName(product.Syntax), "entropy")) return;

        var root = OperationTools.Root(log);
        var guardTexts = new HashSet<string> { text };
        if (!MayBeZero(p, root, guardTexts, 0)) return;
        if (IsGuarded(root, guardTexts)) return;
        context.ReportDiagnostic(Diagnostic.Create(Rule, product.Syntax.GetLocation(), product.Syntax.ToString()));
    }

    /// <summary>The product goes (through signs, sums and parentheses) into <c>+=</c>/<c>-=</c> or a Sum lambda.</summary>
    private static bool IsSummed(IOperation product)
    {
        for (var op = product.Parent; op is not null; op = op.Parent)
        {
            switch (op)
            {
                case IConversionOperation:
                case IParenthesizedOperation:
                case IUnaryOperation:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply }:
                    continue;
                case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract }:
                    return true;
                case IReturnOperation:
                case IBlockOperation:
                    continue;
                case IAnonymousFunctionOperation lambda:
                    return NumericFlow.CallTakingDelegate(lambda) is { TargetMethod.Name: "Sum" or "Aggregate" };
                default:
                    return false;
            }
        }
        return false;
    }

    /// <summary>
    /// p can be exactly 0: it is an array element, a floating-point parameter, a foreach variable
    /// over an array or list, or a local (or a ratio) built from one of those. Collects the texts
    /// a guard would compare.
    /// </summary>
    private static bool MayBeZero(IOperation? operation, IOperation root, HashSet<string> guardTexts, int depth)
    {
        operation = OperationTools.Unwrap(operation);
        if (operation is null || depth > 4) return false;
        guardTexts.Add(operation.Syntax.ToString());
        switch (operation)
        {
            case IArrayElementReferenceOperation:
                return true;
            case IParameterReferenceOperation parameter when parameter.Parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction }:
                return IsArrayOrList(NumericFlow.LambdaSource(parameter.Parameter, parameter));
            case IParameterReferenceOperation parameter:
                return NumericFlow.IsFloatingPoint(parameter.Type);
            case ILocalReferenceOperation local:
                var stores = NumericFlow.StoresInto(root, local.Local);
                foreach (var store in stores)
                {
                    if (store.Operation is IForEachLoopOperation loop)
                    {
                        if (IsArrayOrList(loop.Collection)) return true;
                        continue;
                    }
                    if (store.Compound == BinaryOperatorKind.None && !store.IntoElement && MayBeZero(store.Value, root, guardTexts, depth + 1)) return true;
                }
                return false;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } ratio:
                return MayBeZero(ratio.LeftOperand, root, guardTexts, depth + 1);
            default:
                return false;
        }
    }

    private static bool IsArrayOrList(IOperation? collection)
    {
        var type = OperationTools.Unwrap(collection)?.Type;
        return type is IArrayTypeSymbol
            || type is INamedTypeSymbol { Name: "List" or "IList" or "IReadOnlyList", ContainingNamespace.Name: "Generic" };
    }

    /// <summary>Some comparison (or Math.Max/Clamp) in the member looks at p, or at what p is made of.</summary>
    private static bool IsGuarded(IOperation root, HashSet<string> guardTexts)
    {
        foreach (var op in root.DescendantsAndSelf())
        {
            switch (op)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan
                        or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                    if (guardTexts.Contains(TextOf(comparison.LeftOperand)) || guardTexts.Contains(TextOf(comparison.RightOperand))) return true;
                    break;
                case IIsPatternOperation pattern:
                    if (guardTexts.Contains(TextOf(pattern.Value))) return true;
                    break;
                case IInvocationOperation call when NumericFlow.IsMath(call.TargetMethod, "Max", "Clamp"):
                    foreach (var argument in call.Arguments)
                        if (guardTexts.Contains(TextOf(argument.Value))) return true;
                    break;
            }
        }
        return false;
    }

    private static string TextOf(IOperation operation) => OperationTools.Unwrap(operation)?.Syntax.ToString() ?? "";
}
