using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// Operation actions behind a first filter: the operator of a binary operation, or the name of
/// an invoked method. Most rules care about a few operators or names; MlKataAnalyzer applies the
/// filters once per operation for every rule together, so a rule is not even called for an
/// addition when it looks at divisions, or for <c>list.Add</c> when it looks at <c>Math.Log</c>.
/// Registered on any other context (a rule analysed alone, as its tests do), the filter runs in
/// front of the action. The action still sees every operation the filter lets through, and
/// keeps its own checks.
/// </summary>
internal static class FilteredActions
{
    /// <summary>Calls <paramref name="action"/> for binary operations with one of <paramref name="operators"/>.</summary>
    public static void RegisterBinaryAction(this AnalysisContext context, Action<OperationAnalysisContext> action, params BinaryOperatorKind[] operators)
    {
        if (context is MlKataAnalyzer.Recorder recorder)
        {
            recorder.RecordBinary(action, operators);
            return;
        }
        context.RegisterOperationAction(c =>
        {
            if (c.Operation is IBinaryOperation binary && Array.IndexOf(operators, binary.OperatorKind) >= 0) action(c);
        }, OperationKind.Binary);
    }

    /// <summary>
    /// Calls <paramref name="action"/> for invocations of methods whose name passes
    /// <paramref name="name"/>. The test must depend on the name alone: the host keeps its answer
    /// for each name.
    /// </summary>
    public static void RegisterInvocationAction(this AnalysisContext context, Action<OperationAnalysisContext> action, Func<string, bool> name)
    {
        if (context is MlKataAnalyzer.Recorder recorder)
        {
            recorder.RecordInvocation(action, name);
            return;
        }
        context.RegisterOperationAction(c =>
        {
            if (c.Operation is IInvocationOperation invocation && name(invocation.TargetMethod.Name)) action(c);
        }, OperationKind.Invocation);
    }

    /// <summary>
    /// Calls <paramref name="action"/> for invocations that may be recursive: of a method named
    /// like the member being analysed, or of a local function.
    /// </summary>
    public static void RegisterSelfCallAction(this AnalysisContext context, Action<OperationAnalysisContext> action)
    {
        if (context is MlKataAnalyzer.Recorder recorder)
        {
            recorder.RecordSelfCall(action);
            return;
        }
        context.RegisterOperationAction(c =>
        {
            if (c.Operation is IInvocationOperation invocation && MayCallItself(invocation.TargetMethod, c.ContainingSymbol)) action(c);
        }, OperationKind.Invocation);
    }

    /// <summary>The name first: it is at hand, and few calls share their caller's name.</summary>
    internal static bool MayCallItself(IMethodSymbol target, ISymbol caller) =>
        target.Name == caller.Name || target.MethodKind == MethodKind.LocalFunction;
}
