using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using MlKata.Analyzers.Models;

namespace MlKata.Analyzers.Metrics;

/// <summary>The four cells of a confusion matrix, as a term's name reveals them.</summary>
public enum ConfusionTerm
{
    None,
    TruePositives,
    FalsePositives,
    FalseNegatives,
    TrueNegatives,
}

/// <summary>
/// Recognises confusion-matrix counts by name (<c>tp</c>, <c>falseNegatives</c>,
/// <c>counts.FalsePositives</c>, <c>num_fn</c>...) and checks ratios built from them.
/// </summary>
internal static class ConfusionTerms
{
    private static readonly Dictionary<string, ConfusionTerm> Names = new(StringComparer.Ordinal)
    {
        ["tp"] = ConfusionTerm.TruePositives, ["truepositive"] = ConfusionTerm.TruePositives, ["truepositives"] = ConfusionTerm.TruePositives, ["truepos"] = ConfusionTerm.TruePositives,
        ["fp"] = ConfusionTerm.FalsePositives, ["falsepositive"] = ConfusionTerm.FalsePositives, ["falsepositives"] = ConfusionTerm.FalsePositives, ["falsepos"] = ConfusionTerm.FalsePositives,
        ["fn"] = ConfusionTerm.FalseNegatives, ["falsenegative"] = ConfusionTerm.FalseNegatives, ["falsenegatives"] = ConfusionTerm.FalseNegatives, ["falseneg"] = ConfusionTerm.FalseNegatives,
        ["tn"] = ConfusionTerm.TrueNegatives, ["truenegative"] = ConfusionTerm.TrueNegatives, ["truenegatives"] = ConfusionTerm.TrueNegatives, ["trueneg"] = ConfusionTerm.TrueNegatives,
    };

    private static readonly string[] CountAffixes = { "num", "n", "count", "total", "cnt" };

    /// <summary>The cell a reference names, or None; conversions and parentheses are looked through.</summary>
    public static ConfusionTerm Classify(IOperation? operation)
    {
        string? name = NameOf(OperationTools.Unwrap(operation));
        if (name is null || !MayNameCell(name)) return ConfusionTerm.None;
        string key = name.Replace("_", "").ToLowerInvariant();
        if (Names.TryGetValue(key, out var term)) return term;
        foreach (var affix in CountAffixes)
        {
            if (key.StartsWith(affix, StringComparison.Ordinal) && Names.TryGetValue(key.Substring(affix.Length), out term)) return term;
            if (key.EndsWith(affix, StringComparison.Ordinal) && Names.TryGetValue(key.Substring(0, key.Length - affix.Length), out term)) return term;
        }
        return ConfusionTerm.None;
    }

    /// <summary>
    /// A first look, without building the lower-case copy: every cell's name holds tp, fp, fn,
    /// tn, "tr" (true) or "fa" (false), whatever the case and the underscores between them.
    /// </summary>
    private static bool MayNameCell(string name)
    {
        char previous = '\0';
        foreach (char raw in name)
        {
            if (raw == '_') continue;
            char c = (char)(raw | 0x20);
            if (previous is 't' or 'f' && c is 'p' or 'n' || previous == 't' && c == 'r' || previous == 'f' && c == 'a') return true;
            previous = c;
        }
        return false;
    }

    /// <summary>The terms of a sum <c>a + b + c</c>, conversions and parentheses looked through.</summary>
    public static ImmutableArray<IOperation> SumTerms(IOperation? operation)
    {
        var terms = ImmutableArray.CreateBuilder<IOperation>();
        void Walk(IOperation? op)
        {
            op = OperationTools.Unwrap(op);
            if (op is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add)
            {
                Walk(add.LeftOperand);
                Walk(add.RightOperand);
            }
            else if (op is not null)
            {
                terms.Add(op);
            }
        }
        Walk(operation);
        return terms.ToImmutable();
    }

    /// <summary>
    /// The name to put in place of <paramref name="term"/> so that it names <paramref name="wanted"/>
    /// instead, when such a local, parameter or member is in scope; else null.
    /// </summary>
    public static string? Replacement(IOperation term, ConfusionTerm wanted, SemanticModel model)
    {
        var unwrapped = OperationTools.Unwrap(term);
        string? name = NameOf(unwrapped);
        if (name is null) return null;
        string candidate = wanted switch
        {
            ConfusionTerm.FalsePositives => name.Replace("Negative", "Positive").Replace("negative", "positive").Replace("Neg", "Pos").Replace("neg", "pos")
                .Replace("FN", "FP").Replace("Fn", "Fp").Replace("fn", "fp"),
            ConfusionTerm.FalseNegatives => name.Replace("Positive", "Negative").Replace("positive", "negative").Replace("Pos", "Neg").Replace("pos", "neg")
                .Replace("FP", "FN").Replace("Fp", "Fn").Replace("fp", "fn"),
            _ => name,
        };
        if (candidate == name) return null;

        if (unwrapped is IMemberReferenceOperation { Instance: { Type: { } receiverType } })
        {
            bool exists = receiverType.GetMembers(candidate).Any(m => m is IFieldSymbol or IPropertySymbol)
                || receiverType is INamedTypeSymbol { IsTupleType: true } tuple && tuple.TupleElements.Any(e => e.Name == candidate);
            return exists ? candidate : null;
        }
        var symbols = model.LookupSymbols(term.Syntax.SpanStart, name: candidate);
        return symbols.Any(s => s is ILocalSymbol or IParameterSymbol or IFieldSymbol or IPropertySymbol) ? candidate : null;
    }

    private static string? NameOf(IOperation? operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        IFieldReferenceOperation field => field.Field.Name,
        IPropertyReferenceOperation property => property.Property.Name,
        _ => null,
    };
}

/// <summary>
/// The shape both denominator rules look for: a division whose numerator is TP and whose
/// denominator is TP plus one other cell, inside a member named after the metric.
/// </summary>
internal static class DenominatorCheck
{
    public static void Analyze(OperationAnalysisContext context, DiagnosticDescriptor rule, string metric, string otherMetric,
        ConfusionTerm wrongTerm, ConfusionTerm rightTerm)
    {
        if (context.Operation is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } division) return;
        // Cheapest test first: most divisions do not have the true positives on top.
        if (ConfusionTerms.Classify(division.LeftOperand) != ConfusionTerm.TruePositives) return;
        string? member = ModelCode.EnclosingMemberName(division.Syntax);
        if (member is null
            || member.IndexOf(metric, StringComparison.OrdinalIgnoreCase) < 0
            || member.IndexOf(otherMetric, StringComparison.OrdinalIgnoreCase) >= 0)
            return;

        var denominator = OperationTools.Unwrap(division.RightOperand);
        var terms = ConfusionTerms.SumTerms(denominator);
        if (terms.Length != 2 || denominator is null) return;
        var kinds = terms.Select(ConfusionTerms.Classify).ToArray();
        int wrongAt = Array.IndexOf(kinds, wrongTerm);
        if (wrongAt < 0 || kinds[1 - wrongAt] != ConfusionTerm.TruePositives) return;

        // The wrong term goes along for the code fix, which looks up a name for the right one:
        // a lookup of every name in scope, too dear to make for each diagnostic while typing.
        var wrong = terms[wrongAt];
        context.ReportDiagnostic(Diagnostic.Create(rule, denominator.Syntax.GetLocation(), new[] { wrong.Syntax.GetLocation() },
            denominator.Syntax.ToString()));
    }
}
