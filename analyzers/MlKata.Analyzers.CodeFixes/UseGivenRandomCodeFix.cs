using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MlKata.Analyzers.Dsa;

namespace MlKata.Analyzers.CodeFixes;

/// <summary>
/// MLK1408, on an unseeded <c>new Random()</c> that ignores what the code was given: seed it
/// (<c>new Random(seed)</c>), or use the Random that was handed over (<c>rng</c>). Generators
/// made in a loop get no fix: where the one generator should live is a choice.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseGivenRandomCodeFix)), Shared]
public sealed class UseGivenRandomCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RandomPerIterationAnalyzer.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(RandomPerIterationAnalyzer.GivenProperty, out var name) || name is null
                || !properties.TryGetValue(RandomPerIterationAnalyzer.GivenKindProperty, out var kind) || kind is null)
                continue;
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not BaseObjectCreationExpressionSyntax creation
                || creation.ArgumentList is { Arguments.Count: > 0 } || creation.Initializer is not null)
                continue;
            // The name must mean the seed or the Random where the generator is made (no local hides it).
            var visible = model.LookupSymbols(creation.SpanStart, name: name);
            if (visible.Length != 1 || visible[0] is not (IParameterSymbol or IFieldSymbol or IPropertySymbol)) continue;

            ExpressionSyntax replacement;
            string title;
            if (kind == RandomPerIterationAnalyzer.SeedKind)
            {
                var arguments = SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxFactory.IdentifierName(name))));
                replacement = creation.WithArgumentList(arguments);
                title = $"Seed the generator with '{name}'";
            }
            else
            {
                replacement = SyntaxFactory.IdentifierName(name);
                title = $"Use the Random '{name}'";
            }
            replacement = replacement.WithTriviaFrom(creation);

            context.RegisterCodeFix(
                CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(creation, replacement))),
                    equivalenceKey: RandomPerIterationAnalyzer.Id + ":" + kind),
                diagnostic);
        }
    }
}
