using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Models;

/// <summary>
/// MLK1204: a standard scaler that divides the squared deviations by n − 1 (the sample
/// standard deviation, pandas' default) where StandardScaler uses the population one.
/// </summary>
public sealed class SampleStandardDeviationAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1204";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Scaler uses the sample standard deviation",
        "scaler uses the sample standard deviation: '{0}' applies Bessel's correction (n - 1), but StandardScaler scales by the population standard deviation of the fitted data",
        Rules.Categories.Models,
        DiagnosticSeverity.Warning,
        "scikit-learn's StandardScaler divides the squared deviations by n (ddof = 0), as numpy.std does; n - 1 is the sample "
        + "estimate that pandas and many statistics texts default to. On small data the two scales differ noticeably.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeDivision, OperationKind.Binary);
        context.RegisterOperationAction(AnalyzeCompoundDivision, OperationKind.CompoundAssignment);
        context.RegisterOperationAction(AnalyzeArgument, OperationKind.Argument);
    }

    private static bool InScaler(SyntaxNode node) =>
        ModelCode.InMemberOrTypeNamed(node, "scaler", "standardiz", "standardis", "zscore") && !NamedForSampleStatistics(node);

    /// <summary>
    /// A helper whose own name asks for the sample statistic (<c>SampleVariance</c>,
    /// <c>UnbiasedStd</c>) divides by n - 1 on purpose, even inside a scaler type.
    /// </summary>
    private static bool NamedForSampleStatistics(SyntaxNode node)
    {
        foreach (var member in ModelCode.EnclosingMemberNames(node))
            foreach (var word in ModelCode.Words(member))
                if (word is "sample" or "unbiased" or "bessel" or "ddof") return true;
        return false;
    }

    private static void AnalyzeDivision(OperationAnalysisContext context)
    {
        if (context.Operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } division)
            Check(context, division.RightOperand);
    }

    private static void AnalyzeCompoundDivision(OperationAnalysisContext context)
    {
        if (context.Operation is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Divide } division)
            Check(context, division.Value);
    }

    /// <summary>A divisor <c>n - 1</c>, <c>x.Length - 1</c>, <c>count - 1</c>...</summary>
    private static void Check(OperationAnalysisContext context, IOperation divisor)
    {
        if (OperationTools.Unwrap(divisor) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference
            || ModelCode.IntegerConstant(difference.RightOperand) != 1
            || !IsSampleCount(difference.LeftOperand)
            || !InScaler(context.Operation.Syntax)
            || context.Operation.Syntax.ContainsDiagnostics)
            return;
        context.ReportDiagnostic(Diagnostic.Create(Rule, difference.Syntax.GetLocation(), difference.Syntax.ToString()));
    }

    /// <summary>An explicit <c>ddof: 1</c> (or <c>sample: true</c>) passed to a statistics helper.</summary>
    private static void AnalyzeArgument(OperationAnalysisContext context)
    {
        // Cheapest first: the argument's value sits beside it in memory, its parameter's name
        // is two objects away (most arguments are not constants).
        var argument = (IArgumentOperation)context.Operation;
        if (argument.ArgumentKind != ArgumentKind.Explicit || OperationTools.Unwrap(argument.Value) is not { ConstantValue: { HasValue: true } constant }) return;
        if (constant.Value is not true && ModelCode.IntegerConstant(argument.Value) != 1) return;   // only a 1 or a true asks for the sample statistic
        if (argument.Parameter is not { } parameter || !MayNameSampleSwitch(parameter.Name) || argument.Syntax.ContainsDiagnostics) return;
        string name = ModelCode.Normalize(parameter.Name);
        bool sample = name switch
        {
            "ddof" or "correction" or "dof" or "deltadegreesoffreedom" => ModelCode.IntegerConstant(argument.Value) == 1,
            "sample" or "unbiased" or "bessel" or "besselcorrection" or "usesample" or "sampled" => constant.Value is true,
            _ => false,
        };
        if (!sample || !InScaler(argument.Syntax)) return;
        context.ReportDiagnostic(Diagnostic.Create(Rule, argument.Syntax.GetLocation(), argument.Syntax.ToString()));
    }

    /// <summary>
    /// A first look at a parameter's name, without building its normalised copy: the names the
    /// rule knows start with d, c, s, u or b (after any '_' or "m_", which take the long way).
    /// </summary>
    private static bool MayNameSampleSwitch(string name) =>
        name.Length >= 3 && (name[0] | 0x20) is 'd' or 'c' or 's' or 'u' or 'b' or 'm' || name.Length > 0 && name[0] == '_';

    private static bool IsSampleCount(IOperation operand)
    {
        switch (OperationTools.Unwrap(operand))
        {
            case IPropertyReferenceOperation { Property.Name: "Length" or "Count" or "LongLength" }:
            case IInvocationOperation { TargetMethod.Name: "Count" or "LongCount" }:
                return true;
            case ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation:
                string n = ModelCode.Normalize(ModelCode.RootName(operand) ?? "");
                return n is "n" or "m" or "count" or "rows" or "samples" or "nsamples" or "numsamples" or "samplecount" or "rowcount"
                    or "numrows" or "nrows" or "length" or "len" or "size";
            default:
                return false;
        }
    }
}
