using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using MlKata.Analyzers.Models;

namespace MlKata.Analyzers.Dsa;

/// <summary>
/// MLK1411: a traversal (a method or local function named InOrder, PreOrder, Traverse, Visit, Walk,
/// Dfs..., or any in a type named like TreeTraversal) that calls itself on a child of its node
/// parameter: <c>InOrder(node.Left, result)</c>, <c>Visit(child)</c> for each of <c>node.Children</c>.
/// </summary>
public sealed class RecursiveTreeTraversalAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1411";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Recursive tree traversal",
        "recursive traversal: {0} calls itself on '{1}', one call-stack frame per tree level, so a deep or degenerate tree overflows the stack and kills the process; keep the pending nodes in your own Stack<T> or Queue<T>",
        Rules.Categories.Dsa,
        DiagnosticSeverity.Warning,
        "A recursive traversal is as deep as the tree is tall, and a tree can be as tall as it has nodes (a search tree fed sorted keys). "
        + "Tens of thousands of levels exhaust a thread's stack, and a StackOverflowException cannot be caught in .NET: the process dies. "
        + "An explicit stack or queue keeps the pending nodes on the heap.");

    /// <summary>Fragments of a traversal's name (normalized: lower case, no underscores).</summary>
    private static readonly string[] TraversalFragments =
    {
        "inorder", "preorder", "postorder", "levelorder", "travers", "visit", "walk", "dfs", "depthfirst",
    };

    private static readonly string[] ChildNames = { "left", "right" };
    private static readonly string[] ChildrenNames = { "children", "kids", "childnodes", "subtrees" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        // Recursion: the call sits inside the declaration of the method it calls. First a quick
        // look: a method calls itself from its own body (the member being analysed); a local
        // function, from inside a declaration of its name.
        var invocation = (IInvocationOperation)context.Operation;
        var target = invocation.TargetMethod;
        switch (target.MethodKind)
        {
            case MethodKind.Ordinary when SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, context.ContainingSymbol.OriginalDefinition):
            case MethodKind.LocalFunction when InsideDeclarationNamed(invocation.Syntax, target.Name):
                break;
            default:
                return;
        }
        if (invocation.Syntax.ContainsDiagnostics) return;
        var span = invocation.Syntax.Span;
        var tree = invocation.Syntax.SyntaxTree;
        if (!target.OriginalDefinition.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == tree && r.Span.Contains(span))) return;
        if (!IsTraversal(target, invocation.Syntax)) return;
        if (ModelCode.IsTestCode(invocation.Syntax)) return;

        foreach (var argument in invocation.Arguments)
        {
            if (!IsChildOfOwnParameter(argument.Value, target)) continue;
            string name = target.MethodKind == MethodKind.LocalFunction ? "local function '" + target.Name + "'" : "'" + target.Name + "'";
            context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), name, argument.Value.Syntax.ToString()));
            return;
        }
    }

    /// <summary>Whether <paramref name="node"/> sits in a method or local function named <paramref name="name"/>.</summary>
    private static bool InsideDeclarationNamed(SyntaxNode node, string name)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            switch (ancestor.Kind())
            {
                case SyntaxKind.LocalFunctionStatement when ((LocalFunctionStatementSyntax)ancestor).Identifier.ValueText == name:
                    return true;
                case SyntaxKind.MethodDeclaration:
                    return ((MethodDeclarationSyntax)ancestor).Identifier.ValueText == name;
                case SyntaxKind.ClassDeclaration or SyntaxKind.StructDeclaration or SyntaxKind.RecordDeclaration or SyntaxKind.RecordStructDeclaration
                    or SyntaxKind.InterfaceDeclaration or SyntaxKind.CompilationUnit:
                    return false;
            }
        }
        return false;
    }

    /// <summary>The method, a member or local function around the call, or the type is named for a traversal.</summary>
    private static bool IsTraversal(IMethodSymbol target, SyntaxNode call)
    {
        if (HasTraversalName(target.Name)) return true;
        if (ModelCode.EnclosingMemberNames(call).Any(HasTraversalName)) return true;
        return target.ContainingType is { } type && ModelCode.Normalize(type.Name).IndexOf("travers", StringComparison.Ordinal) >= 0;
    }

    private static bool HasTraversalName(string name)
    {
        string normalized = ModelCode.Normalize(name);
        return TraversalFragments.Any(f => normalized.IndexOf(f, StringComparison.Ordinal) >= 0);
    }

    /// <summary>
    /// <c>node.Left</c>, <c>node?.Right</c>, <c>node.Children[i]</c>, or the loop variable of
    /// <c>foreach (var child in node.Children)</c>, where <c>node</c> is a parameter of <paramref name="method"/>
    /// and the child has the node's own type.
    /// </summary>
    private static bool IsChildOfOwnParameter(IOperation? value, IMethodSymbol method)
    {
        var operation = OperationTools.Unwrap(value);
        switch (operation)
        {
            case IConditionalAccessOperation conditional:
                return NodeParameter(conditional.Operation, method) is { } conditionalNode
                    && OperationTools.Unwrap(conditional.WhenNotNull) is { } whenNotNull
                    && IsChildMember(whenNotNull, conditionalNode.Type, ChildNames, allowConditionalInstance: true);
            case IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }:
                return operation is IMemberReferenceOperation member && NodeParameter(member.Instance, method) is { } node
                    && IsChildMember(member, node.Type, ChildNames, allowConditionalInstance: false);
            case IArrayElementReferenceOperation element:
                return IsChildrenOf(element.ArrayReference, method, element.Type);
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                return IsChildrenOf(indexer.Instance, method, indexer.Type);
            case ILocalReferenceOperation local:
                // foreach (var child in node.Children): the loop declares the local.
                foreach (var reference in local.Local.DeclaringSyntaxReferences)
                {
                    if (reference.SyntaxTree != operation.Syntax.SyntaxTree || reference.GetSyntax() is not ForEachStatementSyntax statement) continue;
                    if (operation.SemanticModel?.GetOperation(statement) is IForEachLoopOperation loop)
                        return IsChildrenOf(loop.Collection, method, local.Type);
                }
                return false;
            default:
                return false;
        }
    }

    private static IParameterSymbol? NodeParameter(IOperation? operation, IMethodSymbol method) =>
        OperationTools.Unwrap(operation) is IParameterReferenceOperation reference
        && SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol?.OriginalDefinition, method.OriginalDefinition)
        && reference.Parameter.Type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct }
            ? reference.Parameter
            : null;

    /// <summary><c>node.Left</c>: a field or property named for a child whose type is the node's own type.</summary>
    private static bool IsChildMember(IOperation operation, ITypeSymbol nodeType, string[] names, bool allowConditionalInstance)
    {
        if (operation is not IMemberReferenceOperation member || member.Member is not (IFieldSymbol or IPropertySymbol)) return false;
        if (allowConditionalInstance && member.Instance is not IConditionalAccessInstanceOperation) return false;
        if (!names.Contains(ModelCode.Normalize(member.Member.Name))) return false;
        return SameNodeType(member.Type, nodeType);
    }

    /// <summary><c>node.Children</c> (possibly <c>node?.Children</c>) of a node parameter, whose elements have the node's type.</summary>
    private static bool IsChildrenOf(IOperation? collection, IMethodSymbol method, ITypeSymbol? elementType)
    {
        var operation = OperationTools.Unwrap(collection);
        if (operation is IConditionalAccessOperation conditional)
        {
            if (NodeParameter(conditional.Operation, method) is not { } conditionalNode) return false;
            return OperationTools.Unwrap(conditional.WhenNotNull) is IMemberReferenceOperation conditionalMember
                && ChildrenNames.Contains(ModelCode.Normalize(conditionalMember.Member.Name))
                && SameNodeType(elementType, conditionalNode.Type);
        }
        if (operation is not IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } member) return false;
        if (NodeParameter(member.Instance, method) is not { } node) return false;
        return ChildrenNames.Contains(ModelCode.Normalize(member.Member.Name)) && SameNodeType(elementType, node.Type);
    }

    private static bool SameNodeType(ITypeSymbol? type, ITypeSymbol nodeType) =>
        type is not null && SymbolEqualityComparer.Default.Equals(Strip(type).OriginalDefinition, Strip(nodeType).OriginalDefinition);

    /// <summary><c>T?</c> of a struct to <c>T</c>; reference nullability is ignored by the comparer already.</summary>
    private static ITypeSymbol Strip(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable ? nullable.TypeArguments[0] : type;
}
