using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MlKata.Analyzers;
using MlKata.Analyzers.Leakage;

namespace MlKata.Analyzers.CodeFixes;

/// <summary>
/// MLK1301: <c>scaler.FitTransform(xTest)</c> → <c>scaler.Transform(xTest)</c>. The analyzer
/// names the replacement only when the type has a Transform with the same signature.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseTransformOnHeldOutDataCodeFix)), Shared]
public sealed class UseTransformOnHeldOutDataCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(FitOnTestDataAnalyzer.Id);

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
            if (root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not IdentifierNameSyntax name) continue;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Call '{replacement}': held-out data is transformed, never fitted",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(
                        root.ReplaceNode(name, SyntaxFactory.IdentifierName(replacement!).WithTriviaFrom(name)))),
                    equivalenceKey: diagnostic.Id + ":" + replacement),
                diagnostic);
        }
    }
}
