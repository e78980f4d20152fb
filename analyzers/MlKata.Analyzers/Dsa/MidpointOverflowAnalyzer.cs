using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Dsa;

/// <summary>MLK1404: a midpoint computed as (lo + hi) / 2 on ints, whose sum can overflow.</summary>
public sealed class MidpointOverflowAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1404";

    /// <summary>Diagnostic properties for the code fix: the names of the lower and upper bound.</summary>
    public const string LowProperty = "Low", HighProperty = "High", OffsetProperty = "Offset", ShiftProperty = "Shift";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Midpoint sum can overflow",
        "midpoint '{0}' adds two int bounds before halving: for indices above int.MaxValue / 2 the sum wraps negative; halve the distance between them instead",
        Rules.Categories.Dsa,
        DiagnosticSeverity.Warning,
        "The classic binary-search bug: (lo + hi) / 2 overflows once lo + hi exceeds int.MaxValue, giving a negative index. lo + (hi - lo) / 2 gives the same midpoint without ever leaving the range.");

    private static readonly HashSet<string> LowNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "lo", "low", "l", "left", "start", "begin", "first", "min", "from", "lower", "lb", "lowerbound",
    };

    private static readonly HashSet<string> HighNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "hi", "high", "h", "r", "right", "end", "stop", "last", "max", "to", "upper", "ub", "upperbound",
    };

    private static readonly HashSet<string> MidNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "mid", "middle", "m", "midpoint", "center", "centre", "pivot", "half", "median", "guess", "probe",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Binary);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        if (context.Operation is not IBinaryOperation halving) return;
        bool shift;
        if (halving.OperatorKind == BinaryOperatorKind.Divide && DsaOperations.IsIntConstant(halving.RightOperand, 2)) shift = false;
        else if (halving.OperatorKind == BinaryOperatorKind.RightShift && DsaOperations.IsIntConstant(halving.RightOperand, 1)) shift = true;
        else return;
        if (halving.Type?.SpecialType != SpecialType.System_Int32) return;

        // The sum: exactly two int variables, plus at most one non-negative constant ((lo + hi + 1) / 2).
        if (OperationTools.Unwrap(halving.LeftOperand) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum || sum.IsChecked) return;
        var variables = new List<IOperation>();
        int offset = 0, constants = 0;
        if (!CollectTerms(sum, variables, ref offset, ref constants) || variables.Count != 2 || constants > 1) return;
        var left = variables[0];
        var right = variables[1];
        if (left.Type?.SpecialType != SpecialType.System_Int32 || right.Type?.SpecialType != SpecialType.System_Int32) return;
        string? leftName = DsaOperations.ReferencedSymbol(left)?.Name;
        string? rightName = DsaOperations.ReferencedSymbol(right)?.Name;
        if (leftName is null || rightName is null || leftName == rightName) return;

        bool leftLow = IsLow(leftName), leftHigh = IsHigh(leftName), rightLow = IsLow(rightName), rightHigh = IsHigh(rightName);
        bool boundNames = (leftLow && rightHigh) || (leftHigh && rightLow);
        if (!boundNames && !IsMidTarget(halving)) return;

        // Which one is the lower bound: by name when the names say so, else the left operand.
        var (low, high) = rightLow && leftHigh && !(leftLow && rightHigh) ? (right, left) : (left, right);
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(LowProperty, low.Syntax.ToString())
            .Add(HighProperty, high.Syntax.ToString())
            .Add(OffsetProperty, offset.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add(ShiftProperty, shift ? "true" : "false");
        context.ReportDiagnostic(Diagnostic.Create(Rule, halving.Syntax.GetLocation(), properties, halving.Syntax.ToString()));
    }

    private static bool CollectTerms(IOperation? operation, List<IOperation> variables, ref int offset, ref int constants)
    {
        operation = OperationTools.Unwrap(operation);
        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add:
                return CollectTerms(add.LeftOperand, variables, ref offset, ref constants)
                    && CollectTerms(add.RightOperand, variables, ref offset, ref constants);
            case { ConstantValue: { HasValue: true, Value: int value } } when value >= 0 && value <= 1:
                offset += value;
                constants++;
                return true;
            case ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation { Arguments.Length: 0 }:
                variables.Add(operation);
                return true;
            default:
                return false;
        }
    }

    private static bool IsLow(string name) => LowNames.Contains(name.TrimStart('_'));

    private static bool IsHigh(string name) => HighNames.Contains(name.TrimStart('_'));

    /// <summary>Does the halved sum initialise or assign a variable named like a midpoint?</summary>
    private static bool IsMidTarget(IOperation halving)
    {
        var parent = halving.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation) parent = parent.Parent;
        string? target = parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol.Name,
            ISimpleAssignmentOperation assignment => DsaOperations.ReferencedSymbol(assignment.Target)?.Name,
            _ => null,
        };
        return target is not null && MidNames.Contains(target.TrimStart('_'));
    }
}
