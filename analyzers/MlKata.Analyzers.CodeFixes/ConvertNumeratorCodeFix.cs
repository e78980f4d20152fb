using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MlKata.Analyzers.Metrics;

namespace MlKata.Analyzers.CodeFixes;

/// <summary>
/// MLK1004: divide in floating point by converting the numerator, <c>a / b</c> →
/// <c>(double)a / b</c>. A cast that wrapped the whole quotient, <c>(double)(a / b)</c>, moves
/// onto the numerator.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConvertNumeratorCodeFix)), Shared]
public sealed class ConvertNumeratorCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(IntegerDivisionAnalyzer.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not BinaryExpressionSyntax division
                || !division.IsKind(SyntaxKind.DivideExpression))
                continue;
            string target = diagnostic.Properties.TryGetValue(IntegerDivisionAnalyzer.TargetTypeProperty, out var type) && type == "float" ? "float" : "double";
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Convert the numerator to {target}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(Fix(root, division, target))),
                    equivalenceKey: diagnostic.Id + ":" + target),
                diagnostic);
        }
    }

    private static SyntaxNode Fix(SyntaxNode root, BinaryExpressionSyntax division, string target)
    {
        var keyword = SyntaxFactory.Token(target == "float" ? SyntaxKind.FloatKeyword : SyntaxKind.DoubleKeyword);
        var left = division.Left.WithoutTrivia();
        ExpressionSyntax operand = left is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax
            or ElementAccessExpressionSyntax or LiteralExpressionSyntax or ParenthesizedExpressionSyntax
            ? left
            : SyntaxFactory.ParenthesizedExpression(left);
        var cast = SyntaxFactory.CastExpression(SyntaxFactory.PredefinedType(keyword), operand).WithTriviaFrom(division.Left);
        var fixedDivision = division.WithLeft(cast);

        // (double)(a / b): the outer cast becomes redundant once the numerator is converted.
        if (division.Parent is ParenthesizedExpressionSyntax parenthesized
            && parenthesized.Parent is CastExpressionSyntax { Type: PredefinedTypeSyntax predefined } outer
            && predefined.Keyword.IsKind(keyword.Kind()))
        {
            ExpressionSyntax replacement = fixedDivision.WithoutTrivia();
            if (outer.Parent is BinaryExpressionSyntax or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax
                or MemberAccessExpressionSyntax or ElementAccessExpressionSyntax or CastExpressionSyntax)
                replacement = SyntaxFactory.ParenthesizedExpression(replacement);
            return root.ReplaceNode(outer, replacement.WithTriviaFrom(outer));
        }
        return root.ReplaceNode(division, fixedDivision);
    }
}
