using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Metrics;

/// <summary>
/// MLK1004: an integer division whose quotient is returned as, or stored into, a double or a
/// float (<c>return tp / (tp + fp);</c> in a method returning double, <c>double x = a / b;</c>).
/// </summary>
public sealed class IntegerDivisionAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1004";

    /// <summary>The property that names the floating-point type the quotient becomes (<c>double</c> or <c>float</c>).</summary>
    public const string TargetTypeProperty = "TargetType";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Integer division in a floating-point ratio",
        "integer division: '{0}' divides two integers, so the fraction is dropped before the result becomes a {1}; make one operand a {1} before dividing",
        Rules.Categories.Metrics,
        DiagnosticSeverity.Warning,
        "Dividing two integers in C# truncates towards zero, and only the truncated quotient is converted to floating point: 3 / 5 is 0 and becomes 0.0. Every ratio below 1 (precision, recall, accuracy, a share) collapses to 0.");

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
        if (!IsIntegral(division.Type) || !IsIntegral(division.LeftOperand.Type) || !IsIntegral(division.RightOperand.Type)) return;
        if (ExactConstant(division) || CeilingDivision(division)) return;

        // Climb through integer arithmetic around the quotient (1 - a / b, a / b * 100) to the
        // conversion that turns it into floating point.
        IOperation current = division;
        ITypeSymbol? floating = null;
        bool stored = false;
        for (var parent = current.Parent; parent is not null && floating is null; parent = current.Parent)
        {
            switch (parent)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply, OperatorMethod: null } product
                    when IsIntegral(product.Type) && current == Unparenthesized(division) && SameExpression(Other(product, current), division.RightOperand):
                    // (x / width) * width rounds down to a multiple of width: the truncation is the point.
                    return;
                case IParenthesizedOperation:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply, OperatorMethod: null } arithmetic
                    when IsIntegral(arithmetic.Type):
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus, OperatorMethod: null } unary
                    when IsIntegral(unary.Type):
                    current = parent;
                    break;
                case IConversionOperation { Conversion.IsNumeric: true, OperatorMethod: null } numeric
                    when IsFloating(numeric.Type):
                    floating = numeric.Type;
                    stored = IsStored(numeric);
                    break;
                case ICompoundAssignmentOperation { OperatorMethod: null } compound when current == compound.Value && IsFloating(compound.Type):
                    // sum += hits / (i + 1): the quotient is converted by the compound assignment itself.
                    floating = compound.Type;
                    stored = true;
                    break;
                default:
                    return;
            }
        }
        if (floating is null || !stored) return;

        string target = floating.SpecialType == SpecialType.System_Single ? "float" : "double";
        var properties = ImmutableDictionary<string, string?>.Empty.Add(TargetTypeProperty, target);
        context.ReportDiagnostic(Diagnostic.Create(Rule, division.Syntax.GetLocation(), properties, division.Syntax.ToString(), target));
    }

    /// <summary>
    /// The converted value, alone or in floating-point arithmetic (<c>1 - (double)(a / b)</c>),
    /// is returned, or stored into a variable, a field, a property or an array element.
    /// </summary>
    private static bool IsStored(IOperation value)
    {
        IOperation current = value;
        for (var parent = current.Parent; parent is not null; parent = current.Parent)
        {
            switch (parent)
            {
                case IParenthesizedOperation:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply, OperatorMethod: null } arithmetic
                    when IsFloating(arithmetic.Type):
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide, OperatorMethod: null } quotient
                    when IsFloating(quotient.Type) && current == quotient.LeftOperand:
                case IConditionalOperation conditional when current != conditional.Condition:
                case ICoalesceOperation:
                case ISwitchExpressionArmOperation arm when current == arm.Value:
                case ISwitchExpressionOperation switchExpression when current != switchExpression.Value:
                    current = parent;
                    break;
                case IReturnOperation:
                case IVariableInitializerOperation:
                case ISymbolInitializerOperation:
                    return true;
                case IAssignmentOperation assignment:
                    return current == assignment.Value;
                default:
                    return false;
            }
        }
        return false;
    }

    private static bool IsFloating(ITypeSymbol? type) => type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single;

    private static bool IsIntegral(ITypeSymbol? type) => type?.SpecialType is
        SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
        or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
        or SpecialType.System_Char;

    /// <summary>The quotient itself, or the parentheses that hold nothing but it.</summary>
    private static IOperation Unparenthesized(IOperation operation)
    {
        while (operation.Parent is IParenthesizedOperation parenthesized) operation = parenthesized;
        return operation;
    }

    private static IOperation Other(IBinaryOperation binary, IOperation operand) =>
        binary.LeftOperand == operand ? binary.RightOperand : binary.LeftOperand;

    /// <summary>The same expression, written the same way (parentheses and conversions aside).</summary>
    private static bool SameExpression(IOperation a, IOperation b) =>
        SyntaxFactory.AreEquivalent(Unparenthesize(a).Syntax, Unparenthesize(b).Syntax);

    /// <summary>
    /// <c>(n + size - 1) / size</c>: a ceiling division, where the integer quotient is what is wanted.
    /// </summary>
    private static bool CeilingDivision(IBinaryOperation division)
    {
        if (Unparenthesize(division.LeftOperand) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract or BinaryOperatorKind.Add } outer) return false;
        // n + size - 1, size + n - 1
        if (outer.OperatorKind == BinaryOperatorKind.Subtract && IsOne(outer.RightOperand)
            && Unparenthesize(outer.LeftOperand) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum)
            return SameExpression(sum.LeftOperand, division.RightOperand) || SameExpression(sum.RightOperand, division.RightOperand);
        // n + (size - 1)
        if (outer.OperatorKind == BinaryOperatorKind.Add)
            foreach (var term in new[] { outer.LeftOperand, outer.RightOperand })
                if (Unparenthesize(term) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } less && IsOne(less.RightOperand)
                    && SameExpression(less.LeftOperand, division.RightOperand))
                    return true;
        return false;
    }

    private static IOperation Unparenthesize(IOperation operation)
    {
        while (operation is IParenthesizedOperation or IConversionOperation { IsImplicit: true })
            operation = operation is IParenthesizedOperation p ? p.Operand : ((IConversionOperation)operation).Operand;
        return operation;
    }

    private static bool IsOne(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: int or long } constant && System.Convert.ToInt64(constant.Value, System.Globalization.CultureInfo.InvariantCulture) == 1;

    /// <summary>A constant quotient with no remainder (<c>4 / 2</c>) loses nothing.</summary>
    private static bool ExactConstant(IBinaryOperation division)
    {
        var left = division.LeftOperand.ConstantValue;
        var right = division.RightOperand.ConstantValue;
        if (!left.HasValue || !right.HasValue || left.Value is null || right.Value is null) return false;
        try
        {
            long numerator = System.Convert.ToInt64(left.Value, System.Globalization.CultureInfo.InvariantCulture);
            long denominator = System.Convert.ToInt64(right.Value, System.Globalization.CultureInfo.InvariantCulture);
            return denominator != 0 && numerator % denominator == 0;
        }
        catch (System.OverflowException)
        {
            return false;
        }
    }
}
