using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace MlKata.Analyzers.Dsa;

/// <summary>
/// MLK1401: a top-k member (TopK, Find, Recommend...) with a k parameter that sorts every
/// candidate and then keeps the first k: O(n log n) where a size-k heap gives O(n log k).
/// </summary>
public sealed class SortToTakeTopKAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1401";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Full sort to take the top k",
        "'{0}' sorts every candidate to keep only the best {1}: O(n log n); a heap that never holds more than {1} items (or a partial selection) does it in O(n log k)",
        Rules.Categories.Dsa,
        DiagnosticSeverity.Warning,
        "Taking the top k of n items does not need the other n - k in order. A min-heap of size k (PriorityQueue<TElement, TPriority>) that evicts its weakest item keeps the whole pass at O(n log k), which is what interviewers ask for when k is much smaller than n. Sorting the k items you kept is fine.");

    /// <summary>Words in the names of members that select the best k of a collection.</summary>
    private static readonly string[] TopKWords =
    {
        "top", "find", "recommend", "retriev", "nearest", "neighbo", "largest", "smallest", "frequent", "best", "highest", "lowest", "kth",
    };

    /// <summary>Names of a parameter that is the k of top-k.</summary>
    private static readonly HashSet<string> KNames = new(StringComparer.OrdinalIgnoreCase) { "k", "topk", "topn", "ktop", "count" };

    /// <summary>LINQ calls that keep a sorted sequence's order (and roughly its size).</summary>
    private static readonly HashSet<string> OrderKeeping = new(StringComparer.Ordinal)
    {
        "ThenBy", "ThenByDescending", "Select", "Where", "AsEnumerable", "ToArray", "ToList", "Cast", "Distinct", "DistinctBy",
    };

    /// <summary>LINQ calls that cut a prefix or suffix of a sequence, or pick one position.</summary>
    private static readonly HashSet<string> Cutting = new(StringComparer.Ordinal)
    {
        "Take", "TakeLast", "Skip", "SkipLast", "ElementAt", "ElementAtOrDefault",
    };

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
        bool linqSort = method.IsStatic && method.Name is "OrderBy" or "OrderByDescending" or "Order" or "OrderDescending"
                        && DsaOperations.IsEnumerableMethod(method, method.Name);
        bool arraySort = method.IsStatic && method.Name == "Sort" && DsaOperations.IsSystemType(method.ContainingType, "Array");
        bool listSort = !method.IsStatic && method.Name == "Sort" && DsaOperations.IsGenericList(method.ContainingType);
        if (!linqSort && !arraySort && !listSort) return;

        if (context.ContainingSymbol is not IMethodSymbol member || !IsTopKMember(member.Name)) return;
        IParameterSymbol? k = null;
        foreach (var parameter in member.Parameters)
            if (parameter.Type.SpecialType == SpecialType.System_Int32 && KNames.Contains(parameter.Name)) k = parameter;
        if (k is null) return;

        var root = OperationTools.Root(invocation);
        var model = invocation.SemanticModel;
        if (model is null) return;
        bool cut = false;
        string what;
        Location location;
        if (linqSort)
        {
            if (invocation.Arguments.Length == 0 || IsSmallOrigin(invocation.Arguments[0].Value, k)) return;
            var top = ClimbOrderKeeping(invocation);
            cut = IsCutByK(top, k, model);
            if (!cut && LocalAssigned(top) is { } local)
                cut = LaterUsesCutByK(root, local, invocation, k, model);
            what = method.Name;
            location = NameToEnd(invocation);
        }
        else
        {
            var targets = new List<IOperation?>();
            if (listSort) targets.Add(invocation.Instance);
            else
            {
                targets.Add(DsaOperations.Argument(invocation, "array")?.Value);
                targets.Add(DsaOperations.Argument(invocation, "keys")?.Value);
                targets.Add(DsaOperations.Argument(invocation, "items")?.Value);
            }
            foreach (var target in targets)
            {
                if (OperationTools.Unwrap(target) is not ILocalReferenceOperation { Local: var local }) continue;
                var initializer = DsaOperations.LocalInitializer(root, local);
                if (initializer is null || IsSmallOrigin(initializer, k) || IsFilledFromSmallOrigin(root, local, k)) continue;
                if (LaterUsesCutByK(root, local, invocation, k, model))
                {
                    cut = true;
                    break;
                }
            }
            what = arraySort ? "Array.Sort" : DsaOperations.Describe(invocation.Instance!) + ".Sort";
            location = invocation.Syntax.GetLocation();
        }
        if (cut) context.ReportDiagnostic(Diagnostic.Create(Rule, location, what, k.Name));
    }

    private static bool IsTopKMember(string name)
    {
        foreach (var word in TopKWords)
            if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return true;
        return false;
    }

    /// <summary>
    /// Is the sorted collection already small: sized by k, or drained from a heap or a sorted
    /// container that kept only the best? Sorting those is the right final step.
    /// </summary>
    private static bool IsSmallOrigin(IOperation? origin, IParameterSymbol k)
    {
        if (origin is null) return true;
        foreach (var operation in origin.DescendantsAndSelf())
        {
            if (operation is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, k)) return true;
            if (operation.Type is INamedTypeSymbol { Name: "PriorityQueue" or "SortedSet" or "SortedList" or "SortedDictionary" }) return true;
        }
        return false;
    }

    /// <summary>Is <paramref name="local"/> filled (Add, AddRange, Insert) from a heap or with k-sized data?</summary>
    private static bool IsFilledFromSmallOrigin(IOperation root, ILocalSymbol local, IParameterSymbol k)
    {
        foreach (var reference in DsaOperations.LocalReferences(root, local))
        {
            if (reference.Parent is IInvocationOperation { TargetMethod.Name: "Add" or "AddRange" or "Insert" or "InsertRange" } fill
                && fill.Instance == reference)
            {
                foreach (var argument in fill.Arguments)
                    if (IsSmallOrigin(argument.Value, k)) return true;
            }
        }
        return false;
    }

    /// <summary>From a sort call up through the LINQ calls that keep its order: the last of them.</summary>
    private static IOperation ClimbOrderKeeping(IOperation sorted)
    {
        var current = sorted;
        while (true)
        {
            var parent = current.Parent;
            while (parent is IConversionOperation) parent = parent.Parent;
            if (parent is IArgumentOperation { Parent: IInvocationOperation next } argument
                && next.Arguments.Length > 0 && next.Arguments[0] == argument
                && next.TargetMethod.IsStatic && OrderKeeping.Contains(next.TargetMethod.Name)
                && DsaOperations.IsEnumerableMethod(next.TargetMethod, next.TargetMethod.Name))
            {
                current = next;
                continue;
            }
            return current;
        }
    }

    /// <summary>The local that <paramref name="value"/> initialises or is assigned to, or null.</summary>
    private static ILocalSymbol? LocalAssigned(IOperation value)
    {
        var parent = value.Parent;
        while (parent is IConversionOperation) parent = parent.Parent;
        return parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } => target.Local,
            _ => null,
        };
    }

    /// <summary>Is a later read of <paramref name="local"/> (after the sort) cut down to k?</summary>
    private static bool LaterUsesCutByK(IOperation root, ILocalSymbol local, IOperation sort, IParameterSymbol k, SemanticModel model)
    {
        int after = sort.Syntax.Span.End;
        foreach (var reference in DsaOperations.LocalReferences(root, local))
        {
            if (reference.Syntax.SpanStart < after) continue;
            if (IsCutByK(ClimbOrderKeeping(reference), k, model)) return true;
            if (IsIndexedInLoopToK(reference, k)) return true;
        }
        return false;
    }

    /// <summary>
    /// Is <paramref name="sorted"/> cut to k: Take(k), Skip(n - k), [..k], [k - 1], [^k],
    /// GetRange(0, k), Array.Copy(sorted, result, k), AsSpan(0, k), or a foreach over it that
    /// stops at k?
    /// </summary>
    private static bool IsCutByK(IOperation sorted, IParameterSymbol k, SemanticModel model)
    {
        var parent = sorted.Parent;
        while (parent is IConversionOperation) parent = parent.Parent;

        // foreach (var item in sorted) { ... if (result.Count == k) break; ... }
        if (parent is IForEachLoopOperation forEach && OperationTools.Unwrap(forEach.Collection) == sorted)
            return DsaOperations.References(forEach.Body, k);

        IInvocationOperation? call = parent switch
        {
            IArgumentOperation { Parent: IInvocationOperation viaArgument } => viaArgument,
            IInvocationOperation viaInstance when viaInstance.Instance == sorted => viaInstance,
            _ => null,
        };
        if (call is not null)
        {
            var target = call.TargetMethod;
            bool cutting = (target.IsStatic && Cutting.Contains(target.Name) && DsaOperations.IsEnumerableMethod(target, target.Name))
                           || (target.Name is "GetRange" or "CopyTo" && DsaOperations.IsGenericList(target.ContainingType))
                           || (target.Name is "Copy" or "ConstrainedCopy" && DsaOperations.IsSystemType(target.ContainingType, "Array"))
                           || (target.Name is "AsSpan" or "AsMemory" or "CopyTo" && (target.ContainingType?.Name is "MemoryExtensions" || sorted.Type is IArrayTypeSymbol));
            if (!cutting) return false;
            foreach (var argument in call.Arguments)
                if (argument.Value != sorted && OperationTools.Unwrap(argument.Value) != sorted && DsaOperations.References(argument.Value, k))
                    return true;
            return false;
        }

        // Indexing or slicing with k: sorted[..k], sorted[k - 1], sorted[^k], sorted[sorted.Length - k].
        if (sorted.Syntax.Parent is ElementAccessExpressionSyntax access && access.Expression == sorted.Syntax)
        {
            foreach (var name in access.ArgumentList.DescendantNodes())
                if (name is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == k.Name
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier).Symbol, k))
                    return true;
        }
        return false;
    }

    /// <summary>Is <paramref name="reference"/> indexed inside a loop that runs up to k (for (i = 0; i &lt; k; i++) ... sorted[i])?</summary>
    private static bool IsIndexedInLoopToK(ILocalReferenceOperation reference, IParameterSymbol k)
    {
        if (reference.Syntax.Parent is not ElementAccessExpressionSyntax access || access.Expression != reference.Syntax) return false;
        for (var current = reference.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IForLoopOperation forLoop when DsaOperations.References(forLoop.Condition, k):
                    return true;
                case IWhileLoopOperation whileLoop when DsaOperations.References(whileLoop.Condition, k):
                    return true;
                case IAnonymousFunctionOperation or ILocalFunctionOperation:
                    return false;
            }
        }
        return false;
    }

    /// <summary>The location of a call from its method name to its closing parenthesis.</summary>
    private static Location NameToEnd(IInvocationOperation invocation)
    {
        if (invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } syntax)
            return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(access.Name.SpanStart, syntax.Span.End));
        return invocation.Syntax.GetLocation();
    }
}
