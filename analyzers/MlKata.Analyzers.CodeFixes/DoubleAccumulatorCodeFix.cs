using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MlKata.Analyzers.Numerics;

namespace MlKata.Analyzers.CodeFixes;

/// <summary>
/// MLK1105: declare the accumulator as double. Where the member then hands the double to
/// something that needs a float (a return, a float variable or element, a float parameter), the
/// value is converted back with an explicit (float), once.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DoubleAccumulatorCodeFix)), Shared]
public sealed class DoubleAccumulatorCodeFix : CodeFixProvider
{
    /// <summary>Cannot implicitly convert type 'double' to 'float'; cannot convert from 'double' to 'float'.</summary>
    private static readonly ImmutableHashSet<string> NarrowingErrors = ImmutableHashSet.Create("CS0266", "CS1503");

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(FloatAccumulatorAnalyzer.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.AdditionalLocations.Count == 0) continue;
            var declarator = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true)
                .AncestorsAndSelf().OfType<VariableDeclaratorSyntax>().FirstOrDefault();
            if (declarator?.Parent is not VariableDeclarationSyntax declaration || declaration.Variables.Count != 1) continue;
            if (declaration.Type is not PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.FloatKeyword } && !declaration.Type.IsVar) continue;
            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Accumulate '{declarator.Identifier.ValueText}' in a double",
                    token => UseDoubleAsync(document, declaration, token),
                    equivalenceKey: nameof(DoubleAccumulatorCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> UseDoubleAsync(Document document, VariableDeclarationSyntax declaration, CancellationToken token)
    {
        var root = await document.GetSyntaxRootAsync(token).ConfigureAwait(false);
        if (root is null) return document;
        var member = declaration.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        var doubleType = SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.DoubleKeyword)).WithTriviaFrom(declaration.Type);
        var annotation = new SyntaxAnnotation();
        var newRoot = root.ReplaceNode(declaration, declaration.WithType(doubleType).WithAdditionalAnnotations(annotation));
        var changed = document.WithSyntaxRoot(newRoot);

        // Put (float) back where the member needs a float.
        var model = await changed.GetSemanticModelAsync(token).ConfigureAwait(false);
        var newDeclaration = newRoot.GetAnnotatedNodes(annotation).FirstOrDefault();
        var newMember = newDeclaration?.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        if (model is null || newMember is null || member is null) return changed;
        var narrowed = new List<ExpressionSyntax>();
        foreach (var error in model.GetDiagnostics(newMember.Span, token))
        {
            if (!NarrowingErrors.Contains(error.Id)) continue;
            if (newRoot.FindNode(error.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node) continue;
            var expression = node as ExpressionSyntax ?? (node as ArgumentSyntax)?.Expression;
            if (expression is not null && !narrowed.Any(e => e.Span.Contains(expression.Span) || expression.Span.Contains(e.Span))) narrowed.Add(expression);
        }
        if (narrowed.Count == 0) return changed;
        newRoot = newRoot.ReplaceNodes(narrowed, (original, _) =>
        {
            ExpressionSyntax operand = original is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax
                ? original.WithoutTrivia()
                : SyntaxFactory.ParenthesizedExpression(original.WithoutTrivia());
            return SyntaxFactory.CastExpression(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.FloatKeyword)), operand).WithTriviaFrom(original);
        });
        return document.WithSyntaxRoot(newRoot);
    }
}
