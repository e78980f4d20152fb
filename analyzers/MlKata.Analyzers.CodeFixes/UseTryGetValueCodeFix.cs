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
using MlKata.Analyzers.Dsa;

namespace MlKata.Analyzers.CodeFixes;

/// <summary>
/// MLK1406: turns <c>d.ContainsKey(k)</c> into <c>d.TryGetValue(k, out var value)</c> and each
/// guarded read <c>d[k]</c> into <c>value</c>. The analyzer offers it only when every guarded
/// use of <c>d[k]</c> is a plain read and nothing else touches the dictionary there.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseTryGetValueCodeFix)), Shared]
public sealed class UseTryGetValueCodeFix : CodeFixProvider
{
    private static readonly string[] Names = { "value", "existing", "found", "stored" };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(ContainsKeyThenIndexerAnalyzer.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(ContainsKeyThenIndexerAnalyzer.Fixable, out var fixable) || fixable != "true") continue;
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var invocation = node.AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault();
            if (invocation?.Expression is not MemberAccessExpressionSyntax access || invocation.ArgumentList.Arguments.Count != 1) continue;
            var reads = new List<ExpressionSyntax>();
            foreach (var location in diagnostic.AdditionalLocations)
            {
                var read = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<ElementAccessExpressionSyntax>().FirstOrDefault();
                if (read is null) { reads.Clear(); break; }
                reads.Add(read);
            }
            if (reads.Count == 0) continue;
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use TryGetValue: one lookup",
                    c => FixAsync(context.Document, root, invocation, access, reads, c),
                    equivalenceKey: nameof(UseTryGetValueCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> FixAsync(Document document, SyntaxNode root, InvocationExpressionSyntax invocation,
        MemberAccessExpressionSyntax access, List<ExpressionSyntax> reads, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var member = invocation.Ancestors().FirstOrDefault(a => a is MemberDeclarationSyntax) ?? root;
        var taken = new HashSet<string>(member.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText));
        if (model is not null)
            foreach (var symbol in model.LookupSymbols(invocation.SpanStart)) taken.Add(symbol.Name);
        string name = Names.FirstOrDefault(n => !taken.Contains(n)) ?? Enumerable.Range(2, 1000).Select(i => "value" + i).First(n => !taken.Contains(n));

        var key = invocation.ArgumentList.Arguments[0];
        var outArgument = SyntaxFactory.Argument(
                SyntaxFactory.DeclarationExpression(
                    SyntaxFactory.IdentifierName(SyntaxFactory.Identifier(SyntaxTriviaList.Empty, "var", SyntaxFactory.TriviaList(SyntaxFactory.Space))),
                    SyntaxFactory.SingleVariableDesignation(SyntaxFactory.Identifier(name))))
            .WithRefKindKeyword(SyntaxFactory.Token(SyntaxTriviaList.Empty, SyntaxKind.OutKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space)));
        var arguments = SyntaxFactory.SeparatedList(
            new[] { key, outArgument },
            new[] { SyntaxFactory.Token(SyntaxTriviaList.Empty, SyntaxKind.CommaToken, SyntaxFactory.TriviaList(SyntaxFactory.Space)) });
        var replacement = invocation
            .WithExpression(access.WithName(SyntaxFactory.IdentifierName("TryGetValue").WithTriviaFrom(access.Name)))
            .WithArgumentList(invocation.ArgumentList.WithArguments(arguments));

        var targets = new List<SyntaxNode> { invocation };
        targets.AddRange(reads);
        var newRoot = root.ReplaceNodes(targets, (original, _) => original == invocation
            ? replacement
            : SyntaxFactory.IdentifierName(name).WithTriviaFrom(original));
        return document.WithSyntaxRoot(newRoot);
    }
}
