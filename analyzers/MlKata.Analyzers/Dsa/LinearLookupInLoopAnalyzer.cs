using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Dsa;

/// <summary>
/// MLK1403: Contains / IndexOf on a List or an array, inside a loop, over a collection that
/// grows with the input: a linear scan per iteration.
/// </summary>
public sealed class LinearLookupInLoopAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1403";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Linear lookup inside a loop",
        "'{0}' scans '{1}' from the start on every iteration of the loop, so the loop is O(n·m); a HashSet<T> (or a Dictionary when you need the index) answers each lookup in O(1)",
        Rules.Categories.Dsa,
        DiagnosticSeverity.Warning,
        "List<T>.Contains, IndexOf and Array.IndexOf compare against every element. Inside a loop over the input, with a collection that grows with the input (a visited list, the input array itself), that is a hidden quadratic algorithm; a hash set or dictionary keeps each lookup constant time.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        if (context.Operation is not IInvocationOperation invocation) return;
        var collection = SearchedCollection(invocation);
        if (collection is null) return;
        var symbol = DsaOperations.ReferencedSymbol(collection);
        if (symbol is null) return;

        var loop = DsaOperations.EnclosingLoop(invocation, linqLambdas: true);
        if (loop is null || IsShortLoop(loop)) return;
        if (!GrowsWithInput(symbol, invocation, context.ContainingSymbol)) return;

        context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), invocation.Syntax.ToString(), symbol.Name));
    }

    /// <summary>The List or array that a linear search call scans, or null for any other call.</summary>
    private static IOperation? SearchedCollection(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        switch (method.Name)
        {
            case "Contains" or "IndexOf" or "LastIndexOf" when !method.IsStatic && DsaOperations.IsGenericList(method.ContainingType):
                return invocation.Instance;
            case "IndexOf" or "LastIndexOf" when method.IsStatic && DsaOperations.IsSystemType(method.ContainingType, "Array"):
                return DsaOperations.Argument(invocation, "array")?.Value;
            case "Contains" when method.IsStatic && DsaOperations.IsEnumerableMethod(method, "Contains") && invocation.Arguments.Length == 2:
            {
                var source = invocation.Arguments[0].Value;
                var type = OperationTools.Unwrap(source)?.Type;
                return type is IArrayTypeSymbol || DsaOperations.IsGenericList(type) ? OperationTools.Unwrap(source) : null;
            }
            case "Contains" or "IndexOf" or "LastIndexOf" when method.IsStatic && method.ContainingType is { Name: "MemoryExtensions" } extensions
                                                             && DsaOperations.IsNamespace(extensions.ContainingNamespace, "System")
                                                             && invocation.Arguments.Length == 2:
            {
                // C# 14 binds array.Contains(x) to the span overload; the array is under the conversion.
                var source = OperationTools.Unwrap(invocation.Arguments[0].Value);
                return source?.Type is IArrayTypeSymbol ? source : null;
            }
            default:
                return null;
        }
    }

    /// <summary>A loop that runs a small, fixed number of times (over a literal, or up to a constant), LINQ included.</summary>
    private static bool IsShortLoop(IOperation loop)
    {
        switch (loop)
        {
            case IForEachLoopOperation forEach:
                var over = OperationTools.Unwrap(forEach.Collection);
                return over is IArrayCreationOperation { Initializer: not null } || over is ILiteralOperation || over?.ConstantValue.HasValue == true;
            case IInvocationOperation linq when linq.Arguments.Length > 0:
                var source = OperationTools.Unwrap(linq.Arguments[0].Value);
                return source is IArrayCreationOperation { Initializer: not null } || source is ILiteralOperation || source?.ConstantValue.HasValue == true;
            case IForLoopOperation { Condition: IBinaryOperation condition }:
                return condition.RightOperand.ConstantValue.HasValue && condition.RightOperand.ConstantValue.Value is int bound && bound <= 64;
            default:
                return false;
        }
    }

    /// <summary>
    /// Is the searched collection as large as the input? A parameter of the method is; a local
    /// is when it is filled inside the method or copied from a parameter. Fields and locals of
    /// unknown origin are given the benefit of the doubt.
    /// </summary>
    private static bool GrowsWithInput(ISymbol symbol, IOperation at, ISymbol containing)
    {
        switch (symbol)
        {
            case IParameterSymbol parameter:
                return parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.Constructor } owner
                       && SymbolEqualityComparer.Default.Equals(owner, containing)
                       && !parameter.IsParams;
            case ILocalSymbol local:
            {
                var root = OperationTools.Root(at);
                foreach (var reference in DsaOperations.LocalReferences(root, local))
                {
                    if (reference.Parent is IInvocationOperation { TargetMethod.Name: "Add" or "AddRange" or "Insert" or "InsertRange" } grow
                        && grow.Instance == reference)
                        return true;
                }
                var initializer = OperationTools.Unwrap(DsaOperations.LocalInitializer(root, local));
                if (initializer is null) return false;
                if (initializer is IArrayCreationOperation { Initializer: not null }) return false;
                foreach (var descendant in initializer.DescendantsAndSelf())
                    if (descendant is IParameterReferenceOperation { Parameter: var source }
                        && SymbolEqualityComparer.Default.Equals(source.ContainingSymbol, containing)
                        && source.Type is not null && source.Type.SpecialType == SpecialType.None)
                        return true;
                return false;
            }
            default:
                return false;
        }
    }
}
