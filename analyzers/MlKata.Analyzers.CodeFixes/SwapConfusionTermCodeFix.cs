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
/// MLK1001 and MLK1002: put the right confusion count in the denominator. Offered only when a
/// local, parameter or member named for the right count is in scope (<c>fn</c> → <c>fp</c>).
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
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.AdditionalLocations.Count == 0) continue;
            var term = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true);
            var name = term.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().LastOrDefault();
            // Precision wants the false positives beside TP, recall the false negatives.
            var wanted = diagnostic.Id == PrecisionDenominatorAnalyzer.Id ? ConfusionTerm.FalsePositives : ConfusionTerm.FalseNegatives;
            if (name is null || model.GetOperation(term, context.CancellationToken) is not { } operation
                || ConfusionTerms.Replacement(operation, wanted, model) is not { } replacement)
                continue;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use '{replacement}' in the denominator",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(
                        root.ReplaceNode(name, SyntaxFactory.IdentifierName(replacement).WithTriviaFrom(name)))),
                    equivalenceKey: diagnostic.Id + ":" + replacement),
                diagnostic);
        }
    }
}
