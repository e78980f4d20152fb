using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Numerics;

/// <summary>
/// MLK1103: the sigmoid as e^z / (1 + e^z) with no look at the sign of z, which is
/// Infinity / Infinity = NaN for z above about 709. (1 / (1 + e^-z) is fine in C#: it tends to
/// 0 for very negative z without a NaN, so it is not flagged.)
/// </summary>
public sealed class OverflowingSigmoidAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1103";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Sigmoid that goes NaN for large inputs",
        "sigmoid that goes NaN: '{0}' is Infinity / Infinity = NaN once e^z overflows (z above about 709); look at the sign of z and only ever exponentiate a number that is not positive",
        Rules.Categories.Numerics,
        DiagnosticSeverity.Warning,
        "Math.Exp returns +Infinity above about 709.78, and Infinity / (1 + Infinity) is NaN, which then spreads through every gradient. The two textbook forms of the sigmoid are each safe on one side of 0: choose between them by the sign of z.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Binary);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        if (context.Operation is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } division
            || !NumericFlow.IsFloatingPoint(division.Type) || division.Syntax.ContainsDiagnostics)
            return;
        // The denominator first, as it is the rarer shape and costs no walk: 1 + e^z or e^z + 1.
        if (OperationTools.Unwrap(division.RightOperand) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum) return;
        IOperation? other = IsOne(sum.LeftOperand) ? sum.RightOperand : IsOne(sum.RightOperand) ? sum.LeftOperand : null;
        if (other is null) return;
        var root = OperationTools.Root(division);
        var denominator = ExponentOf(other, root, out var denominatorLocal);
        if (denominator is null) return;
        // The numerator: the same e^z.
        var numerator = ExponentOf(division.LeftOperand, root, out var numeratorLocal);
        if (numerator is null) return;
        bool same = numeratorLocal is not null
            ? SymbolEqualityComparer.Default.Equals(numeratorLocal, denominatorLocal)
            : denominatorLocal is null && numerator.Syntax.ToString() == denominator.Syntax.ToString();
        if (!same) return;

        // The exponent already bounded (-Math.Abs(z), Math.Min(z, 0)...), or z's sign looked at somewhere.
        foreach (var op in numerator.DescendantsAndSelf())
            if (op is IInvocationOperation call && NumericFlow.IsMath(call.TargetMethod, "Abs", "Min", "Max", "Clamp")) return;
        var variables = NumericFlow.ReferencedVariables(numerator);
        if (variables.Count == 0 || NumericFlow.ComparesOrBounds(root, variables)) return;
        foreach (var variable in variables)
        {
            foreach (var store in NumericFlow.StoresInto(root, variable))
            {
                if (store.Value is null) continue;
                foreach (var op in store.Value.DescendantsAndSelf())
                    if (op is IInvocationOperation call && NumericFlow.IsMath(call.TargetMethod, "Abs", "Min", "Max", "Clamp", "Tanh")) return;
            }
        }
        context.ReportDiagnostic(Diagnostic.Create(Rule, division.Syntax.GetLocation(), division.Syntax.ToString()));
    }

    /// <summary>
    /// The exponent z of <c>Math.Exp(z)</c>, or of a local <c>e</c> whose only store is
    /// <c>Math.Exp(z)</c> (then <paramref name="local"/> is e); else null.
    /// </summary>
    private static IOperation? ExponentOf(IOperation operand, IOperation root, out ISymbol? local)
    {
        local = null;
        var direct = NumericFlow.MathArgument(operand, "Exp");
        if (direct is not null) return direct;
        if (OperationTools.Unwrap(operand) is not ILocalReferenceOperation reference) return null;
        var stores = NumericFlow.StoresInto(root, reference.Local);
        if (stores.Count != 1 || stores[0].IntoElement || stores[0].Compound != BinaryOperatorKind.None) return null;
        var exponent = NumericFlow.MathArgument(stores[0].Value, "Exp");
        if (exponent is not null) local = reference.Local;
        return exponent;
    }

    private static bool IsOne(IOperation operand) =>
        OperationTools.Unwrap(operand)?.ConstantValue is { HasValue: true, Value: var value }
        && value switch { int i => i == 1, double d => d == 1.0, float f => f == 1f, _ => false };
}
