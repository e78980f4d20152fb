using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MlKata.Analyzers;
using MlKata.Analyzers.Metrics;

namespace MlKata.Analyzers.CodeFixes;

/// <summary>
/// MLK1001 and MLK1002: put the right confusion count in the denominator. The analyzer names
/// the replacement only when a local, parameter or member of that name is in scope.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SwapConfusionTermCodeFix)), Shared]
public sealed class SwapConfusionTermCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(PrecisionDenominatorAnalyzer.Id, RecallDenominatorAnalyzer.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(Rules.Properties.Replacement, out var replacement) || replacement is null
                || diagnostic.AdditionalLocations.Count == 0)
                continue;
            var term = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true);
            var name = term.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().LastOrDefault();
            if (name is null) continue;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use '{replacement}' in the denominator",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(
                        root.ReplaceNode(name, SyntaxFactory.IdentifierName(replacement!).WithTriviaFrom(name)))),
                    equivalenceKey: diagnostic.Id + ":" + replacement),
                diagnostic);
        }
    }
}
