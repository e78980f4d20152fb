using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using MlKata.Analyzers.Models;

namespace MlKata.Analyzers.Numerics;

/// <summary>
/// MLK1101: softmax or log-sum-exp over raw values: Math.Exp of values from which nothing (the
/// maximum) was subtracted, inside a member named for softmax / log-sum-exp / cross-entropy, or
/// summed and then used as a normaliser (a divisor or the argument of a log).
/// </summary>
public sealed class UnshiftedSoftmaxAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1101";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Softmax or log-sum-exp without the max shift",
        "softmax without the max shift: '{0}' exponentiates the raw values, and e^x is Infinity above about 709 and 0 far below, so the normalised result turns into NaN; subtract the same constant from every value first (which one keeps the largest term at e^0?)",
        Rules.Categories.Numerics,
        DiagnosticSeverity.Warning,
        "Softmax and log-sum-exp are unchanged (log-sum-exp shifts by exactly c) when the same c is subtracted from every value. With c = the maximum, every exponent is at most 0, the largest term is 1, and the sum can neither overflow nor underflow to 0.");

    private static readonly string[] NormalisingNames = { "softmax", "logsumexp", "crossentropy" };

    /// <summary>Helpers whose result is already shifted or in log space.</summary>
    private static readonly string[] ShiftingCallNames = { "shift", "stable", "logsoftmax", "normali", "center", "centre", "logsumexp", "lse" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
        context.RegisterOperationAction(AnalyzeMethodGroup, OperationKind.MethodReference);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context)
    {
        if (context.Operation is not IInvocationOperation invocation || !NumericFlow.IsMath(invocation.TargetMethod, "Exp")
            || invocation.Arguments.Length != 1 || invocation.Syntax.ContainsDiagnostics)
            return;
        if (invocation.Arguments[0].Value.ConstantValue.HasValue || !ReadsAValue(invocation.Arguments[0].Value)) return;
        var root = OperationTools.Root(invocation);
        if (HasShift(invocation.Arguments[0].Value, root, new HashSet<ISymbol>(SymbolEqualityComparer.Default), 0)) return;
        if (!InNormalisingMember(invocation.Syntax) && !FeedsANormaliser(invocation, root)) return;
        context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), invocation.Syntax.ToString()));
    }

    private static void AnalyzeMethodGroup(OperationAnalysisContext context)
    {
        // xs.Select(Math.Exp), xs.Sum(Math.Exp): the values are the elements of xs.
        if (context.Operation is not IMethodReferenceOperation reference || !NumericFlow.IsMath(reference.Method, "Exp")) return;
        var sequence = NumericFlow.SequenceOfCall(reference);
        var call = NumericFlow.CallTakingDelegate(reference);
        if (sequence is null || call is null || call.Syntax.ContainsDiagnostics) return;   // only a finished call
        var root = OperationTools.Root(reference);
        if (HasShift(sequence, root, new HashSet<ISymbol>(SymbolEqualityComparer.Default), 0)) return;
        if (!InNormalisingMember(reference.Syntax) && !SumFeedsANormaliser(reference, root)) return;
        context.ReportDiagnostic(Diagnostic.Create(Rule, reference.Syntax.GetLocation(), call.Syntax.ToString()));
    }

    /// <summary>
    /// False for an exponent built from literals alone (<c>Math.Exp(-1 / Math.Sqrt(2))</c> in a
    /// hand derivation): it holds no raw value that could need a shift.
    /// </summary>
    private static bool ReadsAValue(IOperation argument)
    {
        if (IsValueRead(argument)) return true;
        foreach (var op in argument.Descendants())
            if (IsValueRead(op)) return true;
        return false;
    }

    private static bool IsValueRead(IOperation op) =>
        op is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation
            or IArrayElementReferenceOperation or IInstanceReferenceOperation or IInvalidOperation;

    private static bool InNormalisingMember(SyntaxNode node)
    {
        string? member = ModelCode.EnclosingMemberName(node);
        if (member is null || NumericFlow.Contains(member, "sigmoid")) return false;
        foreach (var name in NormalisingNames)
            if (NumericFlow.Contains(member, name)) return true;
        return string.Equals(member, "lse", System.StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when some subtraction (or negation, or a helper named for shifting) goes into the
    /// value, following locals, parameters and arrays to what was stored into them in this member.
    /// </summary>
    private static bool HasShift(IOperation? operation, IOperation root, HashSet<ISymbol> visited, int depth)
    {
        operation = OperationTools.Unwrap(operation);
        if (operation is null || depth > 8) return true;   // unknown: stay quiet
        if (operation.ConstantValue.HasValue) return false;   // 0.0 in `double sum = 0.0` shifts nothing
        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract }:
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus }:
                return true;
            case IBinaryOperation binary:
                return HasShift(binary.LeftOperand, root, visited, depth + 1) || HasShift(binary.RightOperand, root, visited, depth + 1);
            case IConditionalOperation conditional:
                return HasShift(conditional.WhenTrue, root, visited, depth + 1) || HasShift(conditional.WhenFalse, root, visited, depth + 1);
            case IArrayElementReferenceOperation element:
                return HasShift(element.ArrayReference, root, visited, depth + 1);
            case IArrayCreationOperation creation:
                if (creation.Initializer is null) return false;
                foreach (var value in creation.Initializer.ElementValues)
                    if (HasShift(value, root, visited, depth + 1)) return true;
                return false;
            case IInvocationOperation call:
                foreach (var name in ShiftingCallNames)
                    if (NumericFlow.Contains(call.TargetMethod.Name, name)) return true;
                if (call.Instance is not null && HasShift(call.Instance, root, visited, depth + 1)) return true;
                foreach (var argument in call.Arguments)
                    if (HasShift(argument.Value, root, visited, depth + 1)) return true;
                return false;
            case IDelegateCreationOperation delegateCreation:
                return HasShift(delegateCreation.Target, root, visited, depth + 1);
            case IAnonymousFunctionOperation lambda:
                foreach (var op in lambda.Body.Descendants())
                    if (op is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } or IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus })
                        return true;
                return false;
            case IMethodReferenceOperation:
            case IInstanceReferenceOperation:
            case IPropertyReferenceOperation { Property.Name: "Length" or "Count" }:
                return false;
            case IParameterReferenceOperation parameter when parameter.Parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction }:
                if (!visited.Add(parameter.Parameter)) return false;
                var source = NumericFlow.LambdaSource(parameter.Parameter, parameter);
                return source is null || HasShift(source, root, visited, depth + 1);
            case ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation:
                var symbol = NumericFlow.ReferencedSymbol(operation, throughElements: false)!;
                if (!visited.Add(symbol)) return false;
                foreach (var store in NumericFlow.StoresInto(root, symbol))
                {
                    if (store.Compound is BinaryOperatorKind.Subtract or BinaryOperatorKind.Divide) return true;
                    if (store.Value is null) continue;
                    if (HasShift(store.Value, root, visited, depth + 1)) return true;
                }
                return false;
            default:
                return true;   // an expression this rule does not follow: stay quiet
        }
    }

    /// <summary>
    /// The exponential is accumulated into a local sum (<c>sum += Math.Exp(x)</c>, or
    /// <c>e[i] = Math.Exp(x); sum += e[i];</c>) that divides something or goes into a log, or it
    /// is itself divided by such a sum.
    /// </summary>
    private static bool FeedsANormaliser(IInvocationOperation exp, IOperation root)
    {
        var parent = OperationTools.UnwrappedParent(exp);
        switch (parent)
        {
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } compound
                when OperationTools.Unwrap(compound.Target) is ILocalReferenceOperation sum:
                return Normalises(sum.Local, root);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } division
                when ReferenceEquals(OperationTools.Unwrap(division.LeftOperand), exp)
                    && OperationTools.Unwrap(division.RightOperand) is ILocalReferenceOperation divisor:
                return IsExpSum(divisor.Local, root);
        }

        ISymbol? stored = parent switch
        {
            ISimpleAssignmentOperation assignment => NumericFlow.ReferencedSymbol(assignment.Target, throughElements: true),
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            _ => null,
        };
        if (stored is null) return false;
        foreach (var op in root.Descendants())
        {
            if (op is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } add
                && OperationTools.Unwrap(add.Target) is ILocalReferenceOperation total
                && SymbolEqualityComparer.Default.Equals(NumericFlow.ReferencedSymbol(add.Value, throughElements: true), stored)
                && Normalises(total.Local, root))
                return true;
        }
        return false;
    }

    /// <summary><c>double total = xs.Sum(Math.Exp)</c>, and total divides something or goes into a log.</summary>
    private static bool SumFeedsANormaliser(IMethodReferenceOperation reference, IOperation root)
    {
        var call = NumericFlow.CallTakingDelegate(reference);
        if (call is null || call.TargetMethod.Name != "Sum") return false;
        var parent = OperationTools.UnwrappedParent(call);
        ISymbol? total = parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation assignment when OperationTools.Unwrap(assignment.Target) is ILocalReferenceOperation local => local.Local,
            _ => null,
        };
        return total is not null && Normalises(total, root);
    }

    /// <summary>The local divides something (<c>x / sum</c>, <c>x /= sum</c>) or is passed to Math.Log.</summary>
    private static bool Normalises(ISymbol sum, IOperation root)
    {
        foreach (var op in root.Descendants())
        {
            switch (op)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } division
                    when IsReferenceTo(division.RightOperand, sum):
                    return true;
                case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Divide } divide
                    when IsReferenceTo(divide.Value, sum):
                    return true;
                case IInvocationOperation log when NumericFlow.IsMath(log.TargetMethod, "Log", "Log2", "Log10")
                    && log.Arguments.Length >= 1 && IsReferenceTo(log.Arguments[0].Value, sum):
                    return true;
            }
        }
        return false;
    }

    /// <summary>Some store into the local is a sum of exponentials (it holds Math.Exp).</summary>
    private static bool IsExpSum(ISymbol local, IOperation root)
    {
        foreach (var store in NumericFlow.StoresInto(root, local))
        {
            if (store.Value is null) continue;
            foreach (var op in store.Value.DescendantsAndSelf())
            {
                if (op is IInvocationOperation invocation && NumericFlow.IsMath(invocation.TargetMethod, "Exp")) return true;
                if (op is IMethodReferenceOperation reference && NumericFlow.IsMath(reference.Method, "Exp")) return true;
            }
        }
        return false;
    }

    private static bool IsReferenceTo(IOperation? operation, ISymbol symbol) =>
        OperationTools.Unwrap(operation) is ILocalReferenceOperation local && SymbolEqualityComparer.Default.Equals(local.Local, symbol);
}
