using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Numerics;

/// <summary>
/// MLK1104: == or != between two floating-point values that are both results of arithmetic
/// (an operator or a System.Math call). Comparisons with a constant (0, 0.0, a const), with a
/// plain variable or element, and NaN checks are left alone.
/// </summary>
public sealed class ComputedFloatEqualityAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1104";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Exact equality between computed doubles",
        "exact equality between computed doubles: '{0}' compares two results of floating-point arithmetic, which differ in the last bits when they are equal on paper (0.1 + 0.2 is not 0.3); compare their difference with a tolerance",
        Rules.Categories.Numerics,
        DiagnosticSeverity.Warning,
        "Every floating-point operation rounds, and two ways of computing the same number round differently. An exact == between two computed values is true or false by accident of rounding; a tolerance (absolute, or relative to the magnitudes) says what 'equal' means.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Binary);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        if (context.Operation is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison
            || comparison.OperatorMethod is not null
            || !NumericFlow.IsFloatingPoint(comparison.LeftOperand.Type) || !NumericFlow.IsFloatingPoint(comparison.RightOperand.Type)
            || comparison.Syntax.ContainsDiagnostics)
            return;
        if (!IsComputed(comparison.LeftOperand) || !IsComputed(comparison.RightOperand)) return;
        context.ReportDiagnostic(Diagnostic.Create(Rule, comparison.Syntax.GetLocation(), comparison.Syntax.ToString()));
    }

    /// <summary>A floating-point operator result or a System.Math call; never a constant, a variable or an element.</summary>
    private static bool IsComputed(IOperation operand)
    {
        if (operand.ConstantValue.HasValue) return false;
        var unwrapped = OperationTools.Unwrap(operand);
        if (unwrapped is null || unwrapped.ConstantValue.HasValue) return false;
        return unwrapped switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply
                or BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder, OperatorMethod: null } binary
                => NumericFlow.IsFloatingPoint(binary.Type),
            IInvocationOperation call => NumericFlow.IsMath(call.TargetMethod, "Sqrt", "Pow", "Exp", "Log", "Log2", "Log10", "Sin", "Cos", "Tan",
                "Atan", "Atan2", "Asin", "Acos", "Sinh", "Cosh", "Tanh", "Cbrt", "Hypot", "FusedMultiplyAdd"),
            _ => false,
        };
    }
}
