using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Dsa;

/// <summary>
/// MLK1402: List&lt;T&gt;.RemoveAt(0) or Insert(0, ...) repeated in a loop, or in every call of a
/// data structure's operation: each one shifts the whole list.
/// </summary>
public sealed class ListFrontShiftAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1402";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "List front removed or inserted repeatedly",
        "'{0}' shifts every element of the list, O(n) each time, and it runs {1}; a Queue<T>, a LinkedList<T>, a moving start index, or adding at the end and reversing once keeps each step O(1)",
        Rules.Categories.Dsa,
        DiagnosticSeverity.Warning,
        "List<T> is an array underneath: removing or inserting at index 0 moves all the other elements. Done once per element (a BFS frontier kept in a List, a path built by Insert(0, ...), a FIFO buffer) it turns an O(n) algorithm into O(n²).");

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
        var method = invocation.TargetMethod;
        if (method.IsStatic || !DsaOperations.IsGenericList(method.ContainingType)) return;
        bool front = method.Name switch
        {
            "RemoveAt" => invocation.Arguments.Length == 1 && DsaOperations.IsIntConstant(invocation.Arguments[0].Value, 0),
            "Insert" or "InsertRange" => invocation.Arguments.Length == 2
                && DsaOperations.IsIntConstant(DsaOperations.Argument(invocation, "index")?.Value, 0),
            _ => false,
        };
        if (!front) return;

        string? where = null;
        if (DsaOperations.EnclosingLoop(invocation, linqLambdas: false) is not null)
        {
            where = "inside a loop";
        }
        else if (DsaOperations.ReferencedSymbol(invocation.Instance) is IFieldSymbol { IsStatic: false } field
                 && context.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.PropertyGet or MethodKind.PropertySet } operation
                 && SymbolEqualityComparer.Default.Equals(field.ContainingType, operation.ContainingType)
                 && !IsInsideLambda(invocation))
        {
            // A list that is the state of a data structure (a buffer, a cache's recency order):
            // every call of the operation pays the shift.
            where = $"on every call of {OperationName(operation)}";
        }
        if (where is null) return;

        context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), invocation.Syntax.ToString(), where));
    }

    private static string OperationName(IMethodSymbol method) =>
        method.AssociatedSymbol is IPropertySymbol property ? property.Name : method.Name;

    private static bool IsInsideLambda(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation) return true;
        return false;
    }
}
