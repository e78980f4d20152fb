using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using MlKata.Analyzers.Models;

namespace MlKata.Analyzers.Leakage;

/// <summary>Which side of a train/test split a variable's name says it holds.</summary>
internal enum SplitSide
{
    None,
    Train,
    Held,
}

/// <summary>
/// Reads the split a data set belongs to from its name, word by word: <c>xTest</c>,
/// <c>X_val</c>, <c>validationRows</c>, <c>holdout</c> are held out; <c>xTrain</c>,
/// <c>trainingSet</c> are training data; <c>xTrainVal</c> (both) is neither.
/// </summary>
internal static class DataSplitNames
{
    private static readonly string[] HeldWords = { "test", "tests", "testing", "val", "valid", "validation", "holdout", "eval", "evaluation", "unseen" };
    private static readonly string[] TrainWords = { "train", "training", "fit", "all", "full", "combined" };

    /// <summary>What every word above starts with.</summary>
    private static readonly string[] SplitFragments = { "test", "val", "holdout", "eval", "unseen", "train", "fit", "all", "full", "combined" };

    public static SplitSide SideOf(string name)
    {
        if (!ModelCode.HoldsAny(name, SplitFragments)) return SplitSide.None;   // most names: no words to build
        var words = ModelCode.Words(name);
        bool train = words.Any(w => TrainWords.Contains(w));
        bool held = words.Any(w => HeldWords.Contains(w));
        if (train == held) return SplitSide.None;
        return train ? SplitSide.Train : SplitSide.Held;
    }

    /// <summary>
    /// The side a data-set expression names: a local, parameter, field or property
    /// (<c>split.XTest</c> included), looking through conversions. Scalars and strings name no data set.
    /// </summary>
    public static SplitSide SideOf(IOperation? operation, out string? name)
    {
        name = null;
        var unwrapped = OperationTools.Unwrap(operation);
        if (unwrapped is not (ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation)) return SplitSide.None;
        if (unwrapped is IPropertyReferenceOperation { Property.IsIndexer: true }) return SplitSide.None;
        if (!IsDataSet(unwrapped.Type)) return SplitSide.None;
        name = ModelCode.RootName(unwrapped);
        return name is null ? SplitSide.None : SideOf(name);
    }

    /// <summary>An array or a collection other than a string.</summary>
    public static bool IsDataSet(ITypeSymbol? type) => type switch
    {
        null => false,
        IArrayTypeSymbol => true,
        { SpecialType: SpecialType.System_String } => false,
        _ => type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable)
            || type.SpecialType == SpecialType.System_Collections_IEnumerable
            || type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T,
    };

    /// <summary>Names of fitting calls: <c>Fit</c>, <c>FitTransform</c>, <c>PartialFit</c>.</summary>
    public static bool IsFitName(string name) =>
        name.Length >= 3 && (ModelCode.NormalizesTo(name, "fit") || ModelCode.NormalizesTo(name, "fittransform")
                             || ModelCode.NormalizesTo(name, "partialfit") || ModelCode.NormalizesTo(name, "fitpredict"));
}
