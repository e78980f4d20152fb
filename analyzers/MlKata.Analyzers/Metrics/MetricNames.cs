using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Metrics;

/// <summary>
/// Recognises metric members and metric values by name: a member named for F1 or F-beta, a
/// value that holds a precision (<c>p</c>, <c>precision</c>, <c>macroPrecision</c>,
/// <c>Precision(yTrue, yPred)</c>) or a recall.
/// </summary>
internal static class MetricNames
{
    /// <summary>
    /// True for <c>F1</c>, <c>MacroF1</c>, <c>f1Score</c>, <c>FBeta</c>, <c>FScore</c>,
    /// <c>f_measure</c>...; false for names that merely contain the letters, such as <c>Diff1</c>.
    /// </summary>
    public static bool IsFScoreName(string? name)
    {
        if (name is null) return false;
        string compact = name.Replace("_", "");
        string lower = compact.ToLowerInvariant();
        if (lower.IndexOf("fbeta", StringComparison.Ordinal) >= 0
            || lower.IndexOf("fscore", StringComparison.Ordinal) >= 0
            || lower.IndexOf("fmeasure", StringComparison.Ordinal) >= 0)
            return true;
        for (int at = lower.IndexOf("f1", StringComparison.Ordinal); at >= 0; at = lower.IndexOf("f1", at + 1, StringComparison.Ordinal))
        {
            // "F1" starts a word: the first character, an upper-case F, or after a non-letter.
            if (at == 0 || compact[at] == 'F' || !char.IsLetter(compact[at - 1])) return true;
        }
        return false;
    }

    public static bool Contains(string? name, string part) =>
        name is not null && name.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>A precision value: a local, parameter, field or property so named, or a call to a method so named.</summary>
    public static bool IsPrecision(IOperation? operation) => Is(operation, "precision", "recall", "p", "prec");

    /// <summary>A recall value, named as <see cref="IsPrecision"/> names a precision.</summary>
    public static bool IsRecall(IOperation? operation) => Is(operation, "recall", "precision", "r", "rec");

    /// <summary>
    /// The name of a local, parameter, field, property or called method, or of the array an
    /// element is read from (<c>precision[c]</c>); null for anything else.
    /// </summary>
    public static string? NameOf(IOperation? operation) => OperationTools.Unwrap(operation) switch
    {
        IArrayElementReferenceOperation element => NameOf(element.ArrayReference),
        ILocalReferenceOperation local => local.Local.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        IFieldReferenceOperation field => field.Field.Name,
        IPropertyReferenceOperation property => property.Property.Name,
        IInvocationOperation invocation => invocation.TargetMethod.Name,
        _ => null,
    };

    private static bool Is(IOperation? operation, string metric, string otherMetric, string shortName, string abbreviation)
    {
        string? name = NameOf(operation);
        if (name is null) return false;
        string key = name.Replace("_", "").ToLowerInvariant();
        if (key == shortName || key == abbreviation) return true;
        return key.IndexOf(metric, StringComparison.Ordinal) >= 0 && key.IndexOf(otherMetric, StringComparison.Ordinal) < 0;
    }

    /// <summary>
    /// True when <paramref name="operation"/> runs once per call of its member: not inside a
    /// loop, a lambda or a local function of that member.
    /// </summary>
    public static bool RunsOncePerCall(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ILoopOperation or IAnonymousFunctionOperation or ILocalFunctionOperation) return false;
        }
        return true;
    }

    /// <summary>The value of a numeric constant, or null.</summary>
    public static double? Constant(IOperation? operation)
    {
        var value = OperationTools.Unwrap(operation)?.ConstantValue ?? default;
        if (!value.HasValue || value.Value is null) return null;
        return value.Value switch
        {
            int i => i,
            long l => l,
            double d => d,
            float f => f,
            decimal m => (double)m,
            uint u => u,
            ulong ul => ul,
            short s => s,
            ushort us => us,
            byte b => b,
            sbyte sb => sb,
            _ => null,
        };
    }
}
