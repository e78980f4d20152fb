using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Dsa;

/// <summary>
/// MLK1406: <c>d.ContainsKey(k)</c> guarding a read of <c>d[k]</c>, which looks the key up a
/// second time. The diagnostic's additional locations are the guarded reads; the property
/// <see cref="Fixable"/> says that they are plain reads of an otherwise untouched dictionary,
/// so TryGetValue can replace the pair.
/// </summary>
public sealed class ContainsKeyThenIndexerAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1406";

    /// <summary>Property set ("true") when the code fix can rewrite the pair into one TryGetValue.</summary>
    public const string Fixable = "TryGetValueFixable";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "ContainsKey followed by the indexer",
        "'{0}' looks '{1}' up twice: ContainsKey hashes and searches for the key, then the indexer does it all again; TryGetValue answers both questions in one lookup",
        Rules.Categories.Dsa,
        DiagnosticSeverity.Info,
        "Checking a dictionary with ContainsKey and then reading the same key with the indexer does the hash and the bucket search twice. TryGetValue tells whether the key is there and hands back its value in a single lookup, and it is what an interviewer expects in hash-map code.");

    private static readonly HashSet<string> ReadOnlyMembers = new()
    {
        "ContainsKey", "ContainsValue", "TryGetValue", "GetValueOrDefault", "Contains", "GetEnumerator", "ToString", "GetHashCode", "Equals",
    };

    private static readonly HashSet<string> KeyRemovers = new() { "Remove", "Clear", "TryRemove" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        if (context.Operation is not IInvocationOperation { TargetMethod: { Name: "ContainsKey", Parameters.Length: 1 } method } invocation
            || invocation.Arguments.Length != 1 || invocation.Instance is null)
            return;
        var dictionary = OperationTools.Unwrap(invocation.Instance);
        var key = OperationTools.Unwrap(invocation.Arguments[0].Value);
        if (dictionary is null || key is null || !IsStable(dictionary) || !IsStable(key)) return;
        if (!HasTryGetValue(invocation.Instance.Type ?? method.ContainingType)) return;

        var regions = GuardedRegions(invocation);
        if (regions.Count == 0) return;

        var variables = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        CollectVariables(dictionary, variables);
        CollectVariables(key, variables);

        var reads = new List<IPropertyReferenceOperation>();
        bool fixable = true;
        foreach (var region in regions)
        {
            foreach (var operation in Inside(region))
            {
                if (WritesTo(operation, variables)) return;   // the key or the dictionary variable changes: another question
                if (operation is not (IConversionOperation or IParenthesizedOperation) && Same(operation, dictionary) && operation.Parent is { } use)
                {
                    switch (Classify(use, operation, key))
                    {
                        case Use.PureRead: reads.Add((IPropertyReferenceOperation)use); break;
                        case Use.ReadAndWrite: reads.Add((IPropertyReferenceOperation)use); fixable = false; break;
                        case Use.RemovesKeys: return;
                        case Use.Other: fixable = false; break;
                    }
                }
            }
        }
        if (reads.Count == 0) return;

        var properties = fixable
            ? ImmutableDictionary<string, string?>.Empty.Add(Fixable, "true")
            : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(),
            reads.Select(r => r.Syntax.GetLocation()), properties,
            dictionary.Syntax.ToString(), key.Syntax.ToString()));
    }

    private enum Use { PureRead, ReadAndWrite, RemovesKeys, Other, Harmless }

    /// <summary>What <paramref name="use"/> does with the dictionary <paramref name="receiver"/> it holds.</summary>
    private static Use Classify(IOperation use, IOperation receiver, IOperation key)
    {
        switch (use)
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer when indexer.Instance == receiver:
                if (indexer.Arguments.Length != 1 || !Same(OperationTools.Unwrap(indexer.Arguments[0].Value), key)) return Use.Other;
                var parent = indexer.Parent;
                while (parent is IParenthesizedOperation) parent = parent.Parent;
                return parent switch
                {
                    ISimpleAssignmentOperation assignment when assignment.Target == indexer => Use.Other,
                    ICompoundAssignmentOperation compound when compound.Target == indexer => Use.ReadAndWrite,
                    ICoalesceAssignmentOperation coalesce when coalesce.Target == indexer => Use.ReadAndWrite,
                    IIncrementOrDecrementOperation => Use.ReadAndWrite,
                    IArgumentOperation { Parameter.RefKind: not RefKind.None and not RefKind.In } => Use.Other,
                    ITupleOperation { Parent: IDeconstructionAssignmentOperation } => Use.Other,
                    _ => Use.PureRead,
                };
            case IPropertyReferenceOperation { Property.IsIndexer: false }:
                return Use.Harmless;
            case IInvocationOperation call when call.Instance == receiver:
                if (KeyRemovers.Contains(call.TargetMethod.Name)) return Use.RemovesKeys;
                return ReadOnlyMembers.Contains(call.TargetMethod.Name) ? Use.Harmless : Use.Other;
            case IArgumentOperation:
                return Use.Other;   // handed to a method that may change it
            default:
                return Use.Other;
        }
    }

    /// <summary>The code that runs only when the key is present.</summary>
    private static List<IOperation> GuardedRegions(IInvocationOperation invocation)
    {
        var regions = new List<IOperation>();
        IOperation current = invocation;
        var parent = Up(current);
        bool negated = false;
        if (parent is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not)
        {
            negated = true;
            current = not;
            parent = Up(current);
        }

        var chain = negated ? BinaryOperatorKind.ConditionalOr : BinaryOperatorKind.ConditionalAnd;
        while (parent is IBinaryOperation binary && binary.OperatorKind == chain)
        {
            if (Skip(binary.LeftOperand) == current) regions.Add(binary.RightOperand);
            current = binary;
            parent = Up(current);
        }

        if (parent is IConditionalOperation conditional && Skip(conditional.Condition) == current)
        {
            if (!negated) regions.Add(conditional.WhenTrue);
            else if (conditional.WhenFalse is not null) regions.Add(conditional.WhenFalse);
            else if (conditional.Syntax.IsKind(SyntaxKind.IfStatement) && AlwaysLeaves(conditional.WhenTrue)
                     && conditional.Parent is IBlockOperation block)
            {
                // A guard clause: if (!d.ContainsKey(k)) return ...; the rest of the block has the key.
                bool after = false;
                foreach (var statement in block.Operations)
                {
                    if (after) regions.Add(statement);
                    else if (statement == conditional) after = true;
                }
            }
        }
        return regions;
    }

    private static IOperation? Up(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IParenthesizedOperation) parent = parent.Parent;
        return parent;
    }

    private static IOperation? Skip(IOperation? operation)
    {
        while (operation is IParenthesizedOperation parenthesized) operation = parenthesized.Operand;
        return operation;
    }

    private static bool AlwaysLeaves(IOperation? operation) => operation switch
    {
        IReturnOperation => true,
        IBranchOperation { BranchKind: BranchKind.Break or BranchKind.Continue } => true,
        IThrowOperation => true,
        IExpressionStatementOperation { Operation: IThrowOperation } => true,
        IBlockOperation block => block.Operations.Length > 0 && AlwaysLeaves(block.Operations[block.Operations.Length - 1]),
        _ => false,
    };

    /// <summary>The operations of a region, without the bodies of lambdas and local functions (they may run later).</summary>
    private static IEnumerable<IOperation> Inside(IOperation region)
    {
        foreach (var operation in region.DescendantsAndSelf())
        {
            bool deferred = false;
            for (var p = operation; p is not null && p != region; p = p.Parent)
            {
                if (p is IAnonymousFunctionOperation or ILocalFunctionOperation) { deferred = true; break; }
            }
            if (!deferred) yield return operation;
        }
    }

    private static bool WritesTo(IOperation operation, HashSet<ISymbol> variables)
    {
        IOperation? target = operation switch
        {
            IAssignmentOperation assignment => assignment.Target,
            IIncrementOrDecrementOperation increment => increment.Target,
            IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => argument.Value,
            _ => null,
        };
        if (target is null) return false;
        foreach (var part in target.DescendantsAndSelf())
        {
            var symbol = Symbol(OperationTools.Unwrap(part));
            if (symbol is not null && variables.Contains(symbol) && (part == target || target is ITupleOperation or IDeclarationExpressionOperation))
                return true;
        }
        return false;
    }

    private static ISymbol? Symbol(IOperation? operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
        _ => null,
    };

    private static void CollectVariables(IOperation operation, HashSet<ISymbol> variables)
    {
        foreach (var part in operation.DescendantsAndSelf())
            if (Symbol(part) is { } symbol) variables.Add(symbol);
    }

    /// <summary>Expressions that read the same value twice: names, literals, members, elements and arithmetic of those.</summary>
    private static bool IsStable(IOperation operation)
    {
        foreach (var part in operation.DescendantsAndSelf())
        {
            switch (part)
            {
                case ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IInstanceReferenceOperation
                    or ILiteralOperation or IConversionOperation or IParenthesizedOperation or IArrayElementReferenceOperation
                    or IBinaryOperation or IUnaryOperation or IDefaultValueOperation:
                    break;
                case IPropertyReferenceOperation { Property.IsIndexer: false }:
                    break;
                default:
                    return false;
            }
        }
        return true;
    }

    private static bool Same(IOperation? a, IOperation? b)
    {
        if (a is null || b is null || a.Kind != b.Kind) return false;
        var sa = Symbol(a);
        var sb = Symbol(b);
        if (sa is not null || sb is not null)
        {
            if (!SymbolEqualityComparer.Default.Equals(sa, sb)) return false;
            if (a is IMemberReferenceOperation ma && b is IMemberReferenceOperation mb)
                return ma.Instance is null && mb.Instance is null
                    || ma.Instance is IInstanceReferenceOperation && mb.Instance is IInstanceReferenceOperation
                    || Same(OperationTools.Unwrap(ma.Instance), OperationTools.Unwrap(mb.Instance));
            return true;
        }
        if (a.ConstantValue.HasValue && b.ConstantValue.HasValue) return Equals(a.ConstantValue.Value, b.ConstantValue.Value);
        return IsStable(a) && IsStable(b) && SyntaxFactory.AreEquivalent(a.Syntax, b.Syntax);
    }

    private static bool HasTryGetValue(ITypeSymbol? type)
    {
        if (type is null) return false;
        static bool Declares(ITypeSymbol t) => t.GetMembers("TryGetValue").OfType<IMethodSymbol>()
            .Any(m => m.Parameters.Length == 2 && m.Parameters[1].RefKind == RefKind.Out);
        for (var t = type; t is not null; t = t.BaseType)
            if (Declares(t)) return true;
        return type.AllInterfaces.Any(Declares) || type is ITypeParameterSymbol p && p.ConstraintTypes.Any(HasTryGetValue);
    }
}
