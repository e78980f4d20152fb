using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Dsa;

/// <summary>Shapes of code the DSA rules share: loops, function bodies, plain references.</summary>
internal static class DsaCode
{
    /// <summary>
    /// The innermost loop statement that runs <paramref name="node"/> again on every pass (its
    /// body, its condition, a for loop's incrementors), within the same function body; null when
    /// a method, local function, lambda or type boundary comes first.
    /// </summary>
    public static StatementSyntax? RepeatingLoop(SyntaxNode node)
    {
        SyntaxNode child = node;
        foreach (var parent in node.Ancestors())
        {
            if (IsFunctionBoundary(parent)) return null;
            if (parent is StatementSyntax loop && Repeats(loop, child)) return loop;
            child = parent;
        }
        return null;
    }

    /// <summary>Whether <paramref name="child"/>, a direct child of <paramref name="loop"/>, runs on every pass.</summary>
    public static bool Repeats(StatementSyntax loop, SyntaxNode child) => loop switch
    {
        ForStatementSyntax f => child == f.Statement || child == f.Condition || child is ExpressionSyntax e1 && f.Incrementors.Contains(e1),
        WhileStatementSyntax w => child == w.Statement || child == w.Condition,
        DoStatementSyntax d => child == d.Statement || child == d.Condition,
        CommonForEachStatementSyntax e => child == e.Statement,
        _ => false,
    };

    /// <summary>A node that starts a new body of code: members, local functions, lambdas, types.</summary>
    public static bool IsFunctionBoundary(SyntaxNode node) =>
        node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax
            or AccessorDeclarationSyntax or BasePropertyDeclarationSyntax or BaseFieldDeclarationSyntax
            or BaseTypeDeclarationSyntax or GlobalStatementSyntax;


    /// <summary>The local or parameter a plain reference names, conversions looked through; else null.</summary>
    public static ISymbol? LocalOrParameter(IOperation? operation) => OperationTools.Unwrap(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        _ => null,
    };

    /// <summary>Whether the operation reads <paramref name="symbol"/> as a plain local or parameter.</summary>
    public static bool Names(IOperation? operation, ISymbol symbol) =>
        SymbolEqualityComparer.Default.Equals(LocalOrParameter(operation), symbol);
}
