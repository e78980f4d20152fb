using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Dsa;

/// <summary>Operation-tree helpers the DSA rules share: loops, bodies, symbols of references.</summary>
internal static class DsaOperations
{

    /// <summary>The local, parameter, field or property a plain reference names, or null.</summary>
    public static ISymbol? ReferencedSymbol(IOperation? operation) => OperationTools.Unwrap(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation { Arguments.Length: 0 } property => property.Property,
        _ => null,
    };

    /// <summary>
    /// The innermost loop around <paramref name="operation"/> in the same body: a loop
    /// statement, or (when <paramref name="linqLambdas"/>) a LINQ call whose lambda holds it.
    /// Stops at a lambda or local function boundary otherwise.
    /// </summary>
    public static IOperation? EnclosingLoop(IOperation operation, bool linqLambdas)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case ILoopOperation loop:
                    return loop;
                case ILocalFunctionOperation:
                    return null;
                case IAnonymousFunctionOperation lambda:
                    if (!linqLambdas) return null;
                    var invocation = LinqCallTakingLambda(lambda);
                    if (invocation is null) return null;
                    return invocation;
            }
        }
        return null;
    }

    /// <summary>The System.Linq.Enumerable call that runs <paramref name="lambda"/> once per element, if any.</summary>
    private static IInvocationOperation? LinqCallTakingLambda(IAnonymousFunctionOperation lambda)
    {
        IOperation? current = lambda.Parent;
        while (current is IDelegateCreationOperation or IConversionOperation) current = current.Parent;
        if (current is not IArgumentOperation { Parent: IInvocationOperation invocation }) return null;
        var method = invocation.TargetMethod;
        return method.ContainingType is { Name: "Enumerable" } type && IsNamespace(type.ContainingNamespace, "System", "Linq") ? invocation : null;
    }

    /// <summary>Is <paramref name="ns"/> exactly the namespace <paramref name="parts"/> (outermost first)?</summary>
    public static bool IsNamespace(INamespaceSymbol? ns, params string[] parts)
    {
        for (int i = parts.Length - 1; i >= 0; i--)
        {
            if (ns is null || ns.Name != parts[i]) return false;
            ns = ns.ContainingNamespace;
        }
        return ns is { IsGlobalNamespace: true };
    }

    /// <summary>Is <paramref name="type"/> <c>System.Collections.Generic.List&lt;T&gt;</c> for some T?</summary>
    public static bool IsGenericList(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "List", Arity: 1 } named
        && IsNamespace(named.ContainingNamespace, "System", "Collections", "Generic");

    /// <summary>Is <paramref name="type"/> the type <c>System.<paramref name="name"/></c>?</summary>
    public static bool IsSystemType(ITypeSymbol? type, string name) =>
        type is INamedTypeSymbol { Arity: 0 } named && named.Name == name && IsNamespace(named.ContainingNamespace, "System");

    /// <summary>Is <paramref name="method"/> declared by <c>System.Linq.Enumerable</c>?</summary>
    public static bool IsEnumerableMethod(IMethodSymbol method, string name) =>
        method.Name == name && method.ContainingType is { Name: "Enumerable" } type && IsNamespace(type.ContainingNamespace, "System", "Linq");

    /// <summary>Does <paramref name="operation"/> (or anything inside it) read <paramref name="symbol"/>?</summary>
    public static bool References(IOperation? operation, ISymbol symbol)
    {
        if (operation is null) return false;
        if (SymbolEqualityComparer.Default.Equals(ReferencedSymbolExact(operation), symbol)) return true;
        foreach (var descendant in operation.Descendants())
            if (SymbolEqualityComparer.Default.Equals(ReferencedSymbolExact(descendant), symbol)) return true;
        return false;
    }

    private static ISymbol? ReferencedSymbolExact(IOperation operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation property => property.Property,
        _ => null,
    };

    /// <summary>Every reference to <paramref name="local"/> in <paramref name="root"/>.</summary>
    public static IEnumerable<ILocalReferenceOperation> LocalReferences(IOperation root, ILocalSymbol local)
    {
        foreach (var descendant in root.Descendants())
            if (descendant is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
                yield return reference;
    }

    /// <summary>The initializer value of <paramref name="local"/>'s declarator in <paramref name="root"/>, or null.</summary>
    public static IOperation? LocalInitializer(IOperation root, ILocalSymbol local)
    {
        foreach (var descendant in root.Descendants())
            if (descendant is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
                return declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
        return null;
    }

    /// <summary>
    /// Is <paramref name="local"/> written anywhere in <paramref name="root"/> besides its
    /// declaration (assignment, compound assignment, deconstruction, ref or out argument)?
    /// </summary>
    public static bool IsReassigned(IOperation root, ILocalSymbol local)
    {
        foreach (var reference in LocalReferences(root, local))
        {
            var parent = reference.Parent;
            if (parent is IAssignmentOperation assignment && assignment.Target == reference) return true;
            if (parent is IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }) return true;
            if (parent is ITupleOperation or IIncrementOrDecrementOperation) return true;
            if (parent is IDeclarationExpressionOperation) return true;
        }
        return false;
    }

    /// <summary>Is <paramref name="parameter"/> assigned anywhere in <paramref name="root"/>?</summary>
    public static bool IsReassigned(IOperation root, IParameterSymbol parameter)
    {
        foreach (var descendant in root.Descendants())
        {
            if (descendant is not IParameterReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter)) continue;
            var parent = reference.Parent;
            if (parent is IAssignmentOperation assignment && assignment.Target == reference) return true;
            if (parent is IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }) return true;
            if (parent is ITupleOperation or IIncrementOrDecrementOperation) return true;
        }
        return false;
    }

    /// <summary>A short name of a reference for messages: its symbol name or its source text.</summary>
    public static string Describe(IOperation operation) =>
        ReferencedSymbol(operation)?.Name ?? OperationTools.Unwrap(operation)?.Syntax.ToString() ?? operation.Syntax.ToString();

    /// <summary>Is <paramref name="operation"/> the int constant <paramref name="value"/>?</summary>
    public static bool IsIntConstant(IOperation? operation, int value) =>
        operation is { ConstantValue: { HasValue: true, Value: int constant } } && constant == value;

    /// <summary>The argument bound to the parameter named <paramref name="name"/>, or null.</summary>
    public static IArgumentOperation? Argument(IInvocationOperation invocation, string name)
    {
        foreach (var argument in invocation.Arguments)
            if (argument.Parameter is { } parameter && string.Equals(parameter.Name, name, StringComparison.Ordinal))
                return argument;
        return null;
    }
}
