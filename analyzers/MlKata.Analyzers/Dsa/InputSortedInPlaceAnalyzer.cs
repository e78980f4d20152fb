using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Dsa;

/// <summary>
/// MLK1409: a public member sorts or reverses the caller's array or list in place
/// (Array.Sort(values), values.Sort(), or through a local that is the same array).
/// </summary>
public sealed class InputSortedInPlaceAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1409";

    /// <summary>Set when the input is reached through a local alias (var sorted = values): the code fix copies it there.</summary>
    public const string AliasProperty = "Alias";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Input reordered in place",
        "'{0}' reorders '{1}', which is the caller's {2}, in place; inputs must come back unchanged, so sort or reverse a copy",
        Rules.Categories.Dsa,
        DiagnosticSeverity.Warning,
        "Array.Sort, Array.Reverse, List<T>.Sort and List<T>.Reverse work in place. Applied to a parameter, or to a local that is only another name for it, they reorder the caller's data: the answer may be right while every later use of the input is wrong. Copy first (Clone, ToArray, new List<T>(...)) and sort the copy.");

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
        if (method.Name is not ("Sort" or "Reverse")) return;
        if (context.ContainingSymbol is not IMethodSymbol member
            || member.MethodKind is not (MethodKind.Ordinary or MethodKind.Constructor)
            || member.DeclaredAccessibility != Accessibility.Public
            || SaysInPlace(member.Name))
            return;

        if (method.IsStatic && DsaOperations.IsSystemType(method.ContainingType, "Array"))
        {
            foreach (var name in new[] { "array", "keys", "items" })
                if (Check(context, invocation, member, DsaOperations.Argument(invocation, name)?.Value, "Array." + method.Name)) return;
        }
        else if (!method.IsStatic && DsaOperations.IsGenericList(method.ContainingType) && invocation.Instance is { } instance)
        {
            Check(context, invocation, member, instance, DsaOperations.Describe(instance) + "." + method.Name);
        }
    }

    /// <summary>
    /// Does the member's name say that reordering its argument is its job: a word such as Sort,
    /// Shuffle or Reverse (SortInPlace, QuickSort, ShuffleDeck), or InPlace? "Sorted" does not.
    /// </summary>
    private static bool SaysInPlace(string name)
    {
        if (name.IndexOf("InPlace", System.StringComparison.OrdinalIgnoreCase) >= 0) return true;
        int start = 0;
        for (int i = 1; i <= name.Length; i++)
        {
            if (i < name.Length && !char.IsUpper(name[i]) && name[i] != '_') continue;
            string word = name.Substring(start, i - start).Trim('_');
            foreach (var verb in InPlaceVerbs)
                if (string.Equals(word, verb, System.StringComparison.OrdinalIgnoreCase)) return true;
            start = i;
        }
        return false;
    }

    private static readonly string[] InPlaceVerbs = { "sort", "reverse", "shuffle", "heapify", "partition", "rotate", "permute" };

    private static bool Check(OperationAnalysisContext context, IInvocationOperation invocation, IMethodSymbol member, IOperation? target, string call)
    {
        var root = OperationTools.Root(invocation);
        var reference = OperationTools.Unwrap(target);
        string? alias = null;
        if (reference is ILocalReferenceOperation { Local: var local })
        {
            if (DsaOperations.IsReassigned(root, local)) return false;
            reference = OperationTools.Unwrap(DsaOperations.LocalInitializer(root, local));
            alias = local.Name;
        }
        if (reference is not IParameterReferenceOperation { Parameter: var parameter }
            || parameter.RefKind != RefKind.None
            || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, member)
            || DsaOperations.IsReassigned(root, parameter))
            return false;
        string kind = parameter.Type is IArrayTypeSymbol ? "array" : DsaOperations.IsGenericList(parameter.Type) ? "list" : "";
        if (kind.Length == 0) return false;

        var properties = alias is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(AliasProperty, alias);
        context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), properties,
            call, alias is null ? parameter.Name : $"{alias}', the same object as '{parameter.Name}", kind));
        return true;
    }
}
