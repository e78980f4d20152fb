using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Metrics;

/// <summary>
/// MLK1007: precision@k divided by the k parameter itself. When the ranked list is shorter than
/// k, that counts positions that do not exist as misses; the kata divides by min(k, length).
/// </summary>
public sealed class PrecisionAtKDenominatorAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1007";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Precision at k divides by k",
        "precision@k divides by '{0}': when the list holds fewer than {0} items, positions that do not exist count as misses; divide by the number of positions actually ranked",
        Rules.Categories.Metrics,
        DiagnosticSeverity.Warning,
        "Precision at k is the share of relevant items among the top k that were ranked. With a list shorter than k, dividing by k itself punishes the ranker for items it was never given.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Binary);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        if (context.Operation is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } division) return;
        if (OperationTools.Unwrap(division.RightOperand) is not IParameterReferenceOperation { Parameter: { } k } divisor) return;
        if (!IsCutoffName(k.Name) || k.Type.SpecialType != SpecialType.System_Int32) return;
        if (k.ContainingSymbol is not IMethodSymbol method || !IsPrecisionAtK(method.Name)) return;
        // The ranked list must be an input whose length can fall short of k.
        if (!method.Parameters.Any(p => p.Type is IArrayTypeSymbol || p.Type.AllInterfaces.Any(i => i.MetadataName == "IEnumerable`1"))) return;
        if (IsReassigned(division.Syntax, k.Name)) return;
        context.ReportDiagnostic(Diagnostic.Create(Rule, divisor.Syntax.GetLocation(), k.Name));
    }

    private static bool IsCutoffName(string name) =>
        name.Equals("k", StringComparison.OrdinalIgnoreCase)
        || name.Equals("topK", StringComparison.OrdinalIgnoreCase)
        || name.Equals("cutoff", StringComparison.OrdinalIgnoreCase);

    private static bool IsPrecisionAtK(string name)
    {
        string lower = name.ToLowerInvariant();
        return lower.Contains("precisionat") || lower.Contains("precision_at") || (lower.Contains("precision") && lower.EndsWith("k", StringComparison.Ordinal));
    }

    /// <summary>Whether the member that holds <paramref name="node"/> assigns to the parameter (e.g. k = Math.Min(k, n)).</summary>
    private static bool IsReassigned(SyntaxNode node, string name)
    {
        var body = node.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() ?? (SyntaxNode?)node.FirstAncestorOrSelf<LocalFunctionStatementSyntax>();
        if (body is null) return true;
        return body.DescendantNodes().Any(n => n switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left is IdentifierNameSyntax id && id.Identifier.ValueText == name,
            PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => n.ChildNodes().OfType<IdentifierNameSyntax>().Any(id => id.Identifier.ValueText == name),
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)
                && argument.Expression is IdentifierNameSyntax id && id.Identifier.ValueText == name,
            _ => false,
        });
    }
}
