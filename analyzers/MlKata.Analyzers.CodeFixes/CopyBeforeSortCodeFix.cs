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
using MlKata.Analyzers.Dsa;

namespace MlKata.Analyzers.CodeFixes;

/// <summary>
/// MLK1409, when the input is sorted through a local alias (<c>var sorted = values;</c>): make
/// the local a copy (<c>(T[])values.Clone()</c>, <c>new List&lt;T&gt;(values)</c>). A parameter
/// sorted directly gets no fix: which later uses should see the copy is a choice.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CopyBeforeSortCodeFix)), Shared]
public sealed class CopyBeforeSortCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(InputSortedInPlaceAnalyzer.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(InputSortedInPlaceAnalyzer.AliasProperty, out var alias) || alias is null) continue;
            var call = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var body = call.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax);
            var declarator = body?.DescendantNodes().OfType<VariableDeclaratorSyntax>()
                .FirstOrDefault(d => d.Identifier.ValueText == alias && d.Initializer is not null);
            if (declarator?.Initializer?.Value is not ExpressionSyntax input) continue;
            var copy = Copy(input, model, context.CancellationToken);
            if (copy is null) continue;

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Make '{alias}' a copy of '{input}'",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(input, copy.WithTriviaFrom(input)))),
                    equivalenceKey: InputSortedInPlaceAnalyzer.Id + ":copy"),
                diagnostic);
        }
    }

    private static ExpressionSyntax? Copy(ExpressionSyntax input, SemanticModel model, CancellationToken cancellationToken)
    {
        var type = model.GetTypeInfo(input, cancellationToken).Type;
        if (type is null) return null;
        string typeName = type.ToMinimalDisplayString(model, input.SpanStart);
        string text = input.WithoutTrivia().ToString();
        if (type is IArrayTypeSymbol) return SyntaxFactory.ParseExpression($"({typeName}){text}.Clone()");
        if (type is INamedTypeSymbol { Name: "List", Arity: 1 }) return SyntaxFactory.ParseExpression($"new {typeName}({text})");
        return null;
    }
}
