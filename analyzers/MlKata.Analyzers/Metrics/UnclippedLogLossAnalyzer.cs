using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Metrics;

/// <summary>
/// MLK1007: the textbook log loss <c>y * Math.Log(p) + (1 - y) * Math.Log(1 - p)</c> on a
/// probability that nothing keeps away from 0 and 1, where <c>0 * Math.Log(0)</c> is NaN.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnclippedLogLossAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1007";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Log loss of an unclipped probability",
        "log loss without clipping: '{0}' takes the log of '{1}', which can be exactly 0 or 1; then a log is -Infinity and 0 · -Infinity is NaN, so keep the probability away from 0 and 1 first",
        Rules.Categories.Metrics,
        DiagnosticSeverity.Warning,
        "The textbook binary cross-entropy -(y·ln p + (1 - y)·ln(1 - p)) is only finite for 0 < p < 1. A model that outputs exactly 0 or 1 (a saturated sigmoid, a hard rule) gives ln 0 = -Infinity, and even a confident, correct prediction then costs 0 · -Infinity = NaN. Clip p to [eps, 1 - eps] first, as scikit-learn's log_loss does.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Binary);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        if (context.Operation is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract, OperatorMethod: null } sum) return;
        if (!WeightedLog(sum.LeftOperand, out var leftWeight, out var leftArgument)
            || !WeightedLog(sum.RightOperand, out var rightWeight, out var rightArgument))
            return;

        // One product is y · log(p), the other (1 - y) · log(1 - p), in either order.
        IOperation probability;
        if (IsOneMinus(rightWeight, leftWeight) && IsOneMinus(rightArgument, leftArgument)) probability = leftArgument;
        else if (IsOneMinus(leftWeight, rightWeight) && IsOneMinus(leftArgument, rightArgument)) probability = rightArgument;
        else return;

        if (!IsUnclipped(probability, Root(sum))) return;
        context.ReportDiagnostic(Diagnostic.Create(Rule, sum.Syntax.GetLocation(), sum.Syntax.ToString(), probability.Syntax.ToString()));
    }

    /// <summary><c>w * Math.Log(a)</c> or <c>Math.Log(a) * w</c>, negated or not.</summary>
    private static bool WeightedLog(IOperation operand, out IOperation weight, out IOperation argument)
    {
        weight = argument = operand;
        var op = Strip(operand);
        if (op is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply, OperatorMethod: null } product) return false;
        if (LogArgument(product.RightOperand) is { } right)
        {
            weight = Strip(product.LeftOperand);
            argument = right;
            return true;
        }
        if (LogArgument(product.LeftOperand) is { } left)
        {
            weight = Strip(product.RightOperand);
            argument = left;
            return true;
        }
        return false;
    }

    /// <summary>The argument of <c>Math.Log</c>, <c>Math.Log2</c>, <c>Math.Log10</c> (or MathF's), else null.</summary>
    private static IOperation? LogArgument(IOperation operation)
    {
        if (Strip(operation) is not IInvocationOperation { Arguments.Length: >= 1 } call || !IsMath(call.TargetMethod)) return null;
        if (call.TargetMethod.Name is not ("Log" or "Log2" or "Log10")) return null;
        var first = call.Arguments[0];
        return first.Parameter?.Ordinal == 0 ? Strip(first.Value) : null;
    }

    /// <summary><paramref name="candidate"/> is <c>1 - <paramref name="value"/></c>.</summary>
    private static bool IsOneMinus(IOperation candidate, IOperation value) =>
        Strip(candidate) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference
        && MetricNames.Constant(difference.LeftOperand) == 1
        && Same(Strip(difference.RightOperand), value);

    /// <summary>
    /// The probability is an element of an array parameter, or a local initialised once from
    /// such elements by arithmetic (a raw sigmoid counts), and nothing clips, guards or
    /// rewrites it or the array it comes from.
    /// </summary>
    private static bool IsUnclipped(IOperation probability, IOperation root)
    {
        var sources = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        switch (probability)
        {
            case IArrayElementReferenceOperation { ArrayReference: IParameterReferenceOperation array }:
                sources.Add(array.Parameter);
                break;
            case ILocalReferenceOperation local:
                if (!HasRawValue(local.Local, root, sources)) return false;
                sources.Add(local.Local);
                break;
            default:
                return false;
        }

        bool Touches(IOperation operation) => Strip(operation) switch
        {
            ILocalReferenceOperation local => sources.Contains(local.Local),
            IParameterReferenceOperation parameter => sources.Contains(parameter.Parameter),
            IArrayElementReferenceOperation element => Touches(element.ArrayReference),
            _ => false,
        };

        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IAssignmentOperation assignment when Touches(assignment.Target):
                case IIncrementOrDecrementOperation step when Touches(step.Target):
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } byReference when Touches(byReference.Value):
                    return false;
                case IInvocationOperation call when IsMath(call.TargetMethod) && call.TargetMethod.Name is "Clamp" or "Max" or "Min"
                    && call.Arguments.Any(a => Touches(a.Value)):
                    return false;
                case IBinaryOperation comparison when Guards(comparison, Touches):
                    return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A comparison of the probability that can keep 0 or 1 out (<c>p &gt; 0</c>, <c>p &lt; eps</c>,
    /// <c>p == 1</c>...). The range checks <c>p &gt;= 0</c>, <c>p &lt; 0</c>, <c>p &lt;= 1</c> and
    /// <c>p &gt; 1</c> let both ends through and do not count.
    /// </summary>
    private static bool Guards(IBinaryOperation comparison, Func<IOperation, bool> isProbability)
    {
        var kind = comparison.OperatorKind;
        if (kind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan
            or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual))
            return false;
        IOperation other;
        if (isProbability(comparison.LeftOperand)) other = comparison.RightOperand;
        else if (isProbability(comparison.RightOperand))
        {
            other = comparison.LeftOperand;
            kind = kind switch
            {
                BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
                BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
                BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
                BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
                _ => kind,
            };
        }
        else return false;

        double? bound = MetricNames.Constant(other);
        bool rangeCheck = bound == 0 && kind is BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.LessThan
            || bound == 1 && kind is BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan;
        return !rangeCheck;
    }

    /// <summary>
    /// The local is initialised once from elements of array parameters (added to
    /// <paramref name="sources"/>), by arithmetic with no conditional and no call except
    /// <c>Math.Exp</c>, whose argument may be anything (a sigmoid 1 / (1 + e^-z) reaches 1.0).
    /// </summary>
    private static bool HasRawValue(ILocalSymbol local, IOperation root, HashSet<ISymbol> sources)
    {
        foreach (var operation in root.Descendants())
        {
            if (operation is not IVariableDeclaratorOperation declarator || !SymbolEqualityComparer.Default.Equals(declarator.Symbol, local)) continue;
            return declarator.GetVariableInitializer() is { } initializer && IsRaw(initializer.Value, sources);
        }
        return false;
    }

    private static bool IsRaw(IOperation? operation, HashSet<ISymbol> sources)
    {
        switch (operation)
        {
            case null:
            case { ConstantValue.HasValue: true }:
                return true;
            case IInvocationOperation call:
                return IsMath(call.TargetMethod) && call.TargetMethod.Name == "Exp";
            case IArrayElementReferenceOperation { ArrayReference: IParameterReferenceOperation array }:
                sources.Add(array.Parameter);
                return true;
            case ILiteralOperation:
                return true;
            case IBinaryOperation or IUnaryOperation or IConversionOperation or IParenthesizedOperation:
                foreach (var child in operation.ChildOperations)
                {
                    if (!IsRaw(child, sources)) return false;
                }
                return true;
            default:
                return false;
        }
    }

    private static bool IsMath(IMethodSymbol method) =>
        method.ContainingType is { Name: "Math" or "MathF", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>Conversions, parentheses and unary plus or minus looked through.</summary>
    private static IOperation Strip(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion: operation = conversion.Operand; break;
                case IParenthesizedOperation parenthesized: operation = parenthesized.Operand; break;
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } unary: operation = unary.Operand; break;
                default: return operation;
            }
        }
    }

    /// <summary>The same variable, or the same expression written the same way.</summary>
    private static bool Same(IOperation a, IOperation b)
    {
        switch (a, b)
        {
            case (ILocalReferenceOperation x, ILocalReferenceOperation y): return SymbolEqualityComparer.Default.Equals(x.Local, y.Local);
            case (IParameterReferenceOperation x, IParameterReferenceOperation y): return SymbolEqualityComparer.Default.Equals(x.Parameter, y.Parameter);
            case (ILocalReferenceOperation or IParameterReferenceOperation, _):
            case (_, ILocalReferenceOperation or IParameterReferenceOperation):
                return false;
        }
        return SyntaxFactory.AreEquivalent(WithoutParentheses(a.Syntax), WithoutParentheses(b.Syntax));
    }

    private static SyntaxNode WithoutParentheses(SyntaxNode node)
    {
        while (node is ParenthesizedExpressionSyntax parenthesized) node = parenthesized.Expression;
        return node;
    }

    private static IOperation Root(IOperation operation)
    {
        while (operation.Parent is not null) operation = operation.Parent;
        return operation;
    }
}
