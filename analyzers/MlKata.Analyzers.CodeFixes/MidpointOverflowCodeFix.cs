using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MlKata.Analyzers.Dsa;

namespace MlKata.Analyzers.CodeFixes;

/// <summary>MLK1404: rewrite (lo + hi) / 2 as lo + (hi - lo) / 2, which cannot overflow.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MidpointOverflowCodeFix)), Shared]
public sealed class MidpointOverflowCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(MidpointOverflowAnalyzer.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(MidpointOverflowAnalyzer.LowProperty, out var low) || low is null
                || !properties.TryGetValue(MidpointOverflowAnalyzer.HighProperty, out var high) || high is null)
                continue;
            properties.TryGetValue(MidpointOverflowAnalyzer.OffsetProperty, out var offset);
            properties.TryGetValue(MidpointOverflowAnalyzer.ShiftProperty, out var shift);

            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax halving) continue;
            while (halving.Parent is ExpressionSyntax parent && parent.Span == halving.Span) halving = parent;

            string distance = offset is null || offset == "0" ? $"{high} - {low}" : $"{high} - {low} + {offset}";
            string text = shift == "true" ? $"{low} + (({distance}) >> 1)" : $"{low} + ({distance}) / 2";
            ExpressionSyntax replacement = SyntaxFactory.ParseExpression(text);
            if (NeedsParentheses(halving)) replacement = SyntaxFactory.ParenthesizedExpression(replacement);
            replacement = replacement.WithTriviaFrom(halving);

            var target = halving;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use {text}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(target, replacement))),
                    equivalenceKey: MidpointOverflowAnalyzer.Id),
                diagnostic);
        }
    }

    /// <summary>Would a sum in place of <paramref name="node"/> bind differently without parentheses?</summary>
    private static bool NeedsParentheses(ExpressionSyntax node) => node.Parent is BinaryExpressionSyntax
        or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax or CastExpressionSyntax
        or MemberAccessExpressionSyntax or ConditionalAccessExpressionSyntax or ElementAccessExpressionSyntax
        or RangeExpressionSyntax or IsPatternExpressionSyntax or SwitchExpressionSyntax;
}
