using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using MlKata.Analyzers.Models;

namespace MlKata.Analyzers.Numerics;

/// <summary>
/// MLK1102: Math.Log of a probability that can be 0: in a log-loss / cross-entropy member, the
/// log of an input probability (or of 1 − p) that never went through Math.Clamp, Max or Min;
/// anywhere, the log of an element of a softmax's output.
/// </summary>
public sealed class UnclippedLogProbabilityAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1102";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Log of a probability that was never clipped",
        "log of an unclipped probability: '{0}' is -Infinity when {1}",
        Rules.Categories.Numerics,
        DiagnosticSeverity.Warning,
        "A model can output a probability of exactly 0 or 1 (or one that underflows to 0), and ln 0 is -Infinity, so a single sample makes the whole loss infinite or NaN. Log-loss keeps each probability inside [eps, 1 - eps] before the log; a cross-entropy on logits never forms the probability at all and works in log space.");

    private const string InputReason = "the probability is 0 (or 1, for ln(1 - p)), so one confident sample makes the loss infinite; keep it a small epsilon away from 0 and 1 before the log";
    private const string SoftmaxReason = "the softmax probability underflows to 0, which it does for logits far below the largest; compute the log-probability in log space instead of taking the log of the probability";

    private static readonly string[] LossNames = { "logloss", "crossentropy", "negativeloglikelihood", "nll", "binaryentropyloss", "bce" };

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
            || log.Arguments.Length == 0 || log.Syntax.ContainsDiagnostics)
            return;
        var root = OperationTools.Root(log);
        bool lossMember = InLossMember(log.Syntax);
        string? reason = null;
        foreach (var candidate in Candidates(log.Arguments[0].Value))
        {
            if (IsSoftmaxOutput(candidate, root))
            {
                reason = SoftmaxReason;
                break;
            }
            if (lossMember && IsRawInputProbability(candidate, root, 0) && !Guarded(log, candidate, root))
                reason = InputReason;
        }
        if (reason is null) return;
        context.ReportDiagnostic(Diagnostic.Create(Rule, log.Syntax.GetLocation(), log.Syntax.ToString(), reason));
    }

    /// <summary>The probabilities the argument is built from: p itself, the p of 1 - p, both branches of c ? p : 1 - p.</summary>
    private static IEnumerable<IOperation> Candidates(IOperation? argument)
    {
        argument = OperationTools.Unwrap(argument);
        switch (argument)
        {
            case null:
                yield break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference
                when difference.LeftOperand.ConstantValue is { HasValue: true, Value: var one } && IsOne(one):
                foreach (var c in Candidates(difference.RightOperand)) yield return c;
                yield break;
            case IConditionalOperation conditional:
                foreach (var c in Candidates(conditional.WhenTrue)) yield return c;
                foreach (var c in Candidates(conditional.WhenFalse)) yield return c;
                yield break;
            default:
                yield return argument;
                yield break;
        }
    }

    private static bool IsOne(object? value) => value switch
    {
        int i => i == 1,
        double d => d == 1.0,
        float f => f == 1f,
        _ => false,
    };

    private static bool InLossMember(SyntaxNode node)
    {
        string? member = ModelCode.EnclosingMemberName(node);
        string? type = ModelCode.EnclosingTypeName(node);
        foreach (var name in LossNames)
            if (NumericFlow.Contains(member, name) || NumericFlow.Contains(type, name)) return true;
        return false;
    }

    /// <summary>
    /// An input probability: a double parameter, an element of an array parameter (also through
    /// a local row such as <c>double[] row = probabilities[i]</c>, or a foreach variable), or a
    /// local every store of which is one of those. A call (Math.Clamp...) anywhere in the chain ends it.
    /// </summary>
    private static bool IsRawInputProbability(IOperation? operation, IOperation root, int depth)
    {
        operation = OperationTools.Unwrap(operation);
        if (operation is null || depth > 4 || !NumericFlow.IsFloatingPoint(operation.Type) && depth == 0) return false;
        switch (operation)
        {
            case IParameterReferenceOperation parameter:
                return parameter.Parameter.ContainingSymbol is IMethodSymbol { MethodKind: not MethodKind.AnonymousFunction }
                    && NumericFlow.StoresInto(root, parameter.Parameter).Count == 0;
            case IArrayElementReferenceOperation element:
                return IsInputArray(element.ArrayReference, root, depth + 1);
            case ILocalReferenceOperation local:
                var stores = NumericFlow.StoresInto(root, local.Local);
                if (stores.Count == 0) return false;
                foreach (var store in stores)
                {
                    if (store.Operation is IForEachLoopOperation loop)
                    {
                        if (!IsInputArray(loop.Collection, root, depth + 1)) return false;
                        continue;
                    }
                    if (store.Compound != BinaryOperatorKind.None || store.IntoElement || !IsRawInputProbability(store.Value, root, depth + 1))
                        return false;
                }
                return true;
            default:
                return false;
        }
    }

    /// <summary>An array parameter, a row of one, or a local holding one; never written to in this member.</summary>
    private static bool IsInputArray(IOperation? operation, IOperation root, int depth)
    {
        operation = OperationTools.Unwrap(operation);
        if (operation is null || depth > 5) return false;
        switch (operation)
        {
            case IParameterReferenceOperation parameter:
                if (parameter.Parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction }) return false;
                return NumericFlow.StoresInto(root, parameter.Parameter).Count == 0;
            case IArrayElementReferenceOperation element:
                return IsInputArray(element.ArrayReference, root, depth + 1);
            case ILocalReferenceOperation local:
                var stores = NumericFlow.StoresInto(root, local.Local);
                if (stores.Count == 0) return false;
                foreach (var store in stores)
                {
                    if (store.IntoElement || store.Compound != BinaryOperatorKind.None) return false;
                    var value = OperationTools.Unwrap(store.Value);
                    if (value is ICoalesceOperation coalesce) value = OperationTools.Unwrap(coalesce.Value);
                    if (!IsInputArray(value, root, depth + 1)) return false;
                }
                return true;
            default:
                return false;
        }
    }

    /// <summary>The log sits under a condition (an if, a ?:, a loop guard) that looks at the probability.</summary>
    private static bool Guarded(IOperation log, IOperation candidate, IOperation root)
    {
        var symbols = NumericFlow.ReferencedVariables(candidate);
        if (symbols.Count == 0) return false;
        for (var op = log.Parent; op is not null; op = op.Parent)
        {
            IOperation? condition = op switch
            {
                IConditionalOperation conditional => conditional.Condition,
                IWhileLoopOperation loop => loop.Condition,
                _ => null,
            };
            if (condition is not null && ComparesValue(condition, candidate)) return true;
        }
        return false;
    }

    /// <summary>The condition compares the candidate itself (same text), not its index or label.</summary>
    private static bool ComparesValue(IOperation condition, IOperation candidate)
    {
        string text = candidate.Syntax.ToString();
        foreach (var op in condition.DescendantsAndSelf())
        {
            if (op is IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan
                    or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison
                && (OperationTools.Unwrap(comparison.LeftOperand)?.Syntax.ToString() == text || OperationTools.Unwrap(comparison.RightOperand)?.Syntax.ToString() == text))
                return true;
            if (op is IIsPatternOperation pattern && OperationTools.Unwrap(pattern.Value)?.Syntax.ToString() == text) return true;
        }
        return false;
    }

    /// <summary>An element of a call to a method named Softmax (directly, or through a local that holds it).</summary>
    private static bool IsSoftmaxOutput(IOperation candidate, IOperation root)
    {
        if (candidate is not IArrayElementReferenceOperation element) return false;
        var array = OperationTools.Unwrap(element.ArrayReference);
        if (IsSoftmaxCall(array)) return true;
        if (array is not ILocalReferenceOperation local) return false;
        var stores = NumericFlow.StoresInto(root, local.Local);
        if (stores.Count == 0) return false;
        foreach (var store in stores)
            if (store.IntoElement || store.Compound != BinaryOperatorKind.None || !IsSoftmaxCall(OperationTools.Unwrap(store.Value)))
                return false;
        return true;
    }

    private static bool IsSoftmaxCall(IOperation? operation) =>
        operation is IInvocationOperation call
        && NumericFlow.Contains(call.TargetMethod.Name, "softmax")
        && !NumericFlow.Contains(call.TargetMethod.Name, "log");
}
