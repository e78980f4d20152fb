using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using MlKata.Analyzers.Models;

namespace MlKata.Analyzers.Leakage;

/// <summary>
/// MLK1303: in a type with both <c>Fit</c> and <c>Transform</c>, <c>Transform</c> learns statistics
/// from its own batch: it calls <c>Fit</c> on it, calls the helper <c>Fit</c> learns with, aggregates
/// over all of its rows (<c>x.Average(...)</c>), or accumulates sums, counts or extremes across its rows.
/// </summary>
public sealed class TransformRefitsAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1303";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Transform recomputes statistics from its own input",
        "Transform refits on its input: {0}, so the output depends on the batch it is given and held-out data leaks into its own preprocessing; Transform should only apply what Fit stored",
        Rules.Categories.Leakage,
        DiagnosticSeverity.Warning,
        "Fit learns the statistics (means, scales, minima and maxima, document frequencies, categories) from the training data; "
        + "Transform applies them, row by row, to any data. A Transform that recomputes them from its own input scales a test set "
        + "with the test set's statistics, maps a single row to zeros and gives the same row different values in different batches.");

    /// <summary>Words of a helper's name that say it computes statistics over a data set.</summary>
    private static readonly string[] StatisticWords =
    {
        "mean", "means", "average", "averages", "avg", "std", "stds", "stdev", "stddev", "deviation", "deviations", "variance", "variances",
        "stat", "stats", "statistic", "statistics", "moments", "idf", "idfs", "df", "dfs", "frequencies", "vocabulary", "vocab", "categories",
        "fit", "fitted", "learn", "estimate",
    };

    /// <summary>Words of an accumulator's name that say it holds a statistic.</summary>
    private static readonly string[] AccumulatorWords =
    {
        "mean", "means", "avg", "average", "df", "dfs", "idf", "min", "max", "mins", "maxs", "maxes", "minimum", "maximum",
        "minimums", "maximums", "std", "variance", "moments",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeBody, OperationKind.MethodBody);
    }

    private static void AnalyzeBody(OperationAnalysisContext context)
    {
        if (context.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method) return;
        if (!IsTransformName(method.Name) || method.ContainingType is not { } type) return;
        var fits = FitMethods(type).ToList();
        if (fits.Count == 0) return;
        var inputs = method.Parameters.Where(p => IsBatch(p.Type)).ToList();
        if (inputs.Count == 0) return;
        var body = context.Operation;
        if (ModelCode.IsTestCode(body.Syntax)) return;

        foreach (var operation in body.Descendants())
        {
            if (operation.Syntax.ContainsDiagnostics) continue;
            string? finding = operation switch
            {
                IInvocationOperation invocation => CallsFit(invocation, type, inputs)
                    ?? CallsLearningHelper(invocation, method, type, fits, inputs)
                    ?? AggregatesOverRows(invocation, inputs),
                IObjectCreationOperation creation => SortedSetOfInput(creation, inputs),
                ICompoundAssignmentOperation or IIncrementOrDecrementOperation or ISimpleAssignmentOperation => AccumulatesAcrossRows(operation, body, inputs),
                _ => null,
            };
            if (finding is null) continue;
            context.ReportDiagnostic(Diagnostic.Create(Rule, operation.Syntax.GetLocation(), finding));
            return; // one hint per Transform
        }
    }

    /// <summary><c>Transform</c>, <c>transform</c>, <c>_transform</c>: a copy is built only for names with '_'.</summary>
    private static bool IsTransformName(string name) =>
        name.Length == 9 ? string.Equals(name, "transform", StringComparison.OrdinalIgnoreCase)
            : name.Length > 9 && name.IndexOf('_') >= 0 && ModelCode.NormalizesTo(name, "transform");

    private static IEnumerable<IMethodSymbol> FitMethods(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers().OfType<IMethodSymbol>())
            {
                if (member.MethodKind == MethodKind.Ordinary && (ModelCode.NormalizesTo(member.Name, "fit") || ModelCode.NormalizesTo(member.Name, "partialfit")))
                    yield return member;
            }
        }
    }

    /// <summary>A batch of rows: a 2-D array, or an array or collection of arrays, collections or strings (documents).</summary>
    private static bool IsBatch(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol { Rank: 2 }) return true;
        if (!DataSplitNames.IsDataSet(type)) return false;
        var element = ElementType(type);
        return element is not null && (element.SpecialType == SpecialType.System_String || DataSplitNames.IsDataSet(element));
    }

    private static ITypeSymbol? ElementType(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array) return array.ElementType;
        var enumerable = type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
            ? type as INamedTypeSymbol
            : type.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
        return enumerable is { TypeArguments.Length: 1 } ? enumerable.TypeArguments[0] : null;
    }

    private static bool IsStringRows(IParameterSymbol input) => ElementType(input.Type)?.SpecialType == SpecialType.System_String;

    private static bool SameType(INamedTypeSymbol? candidate, INamedTypeSymbol type)
    {
        if (candidate is null) return false;
        for (var current = type; current is not null; current = current.BaseType)
            if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, current.OriginalDefinition)) return true;
        return false;
    }

    /// <summary>The whole input (not one of its rows), directly or through ToArray/Select/Where...: the parameter, else null.</summary>
    private static IParameterSymbol? WholeInput(IOperation? operation, List<IParameterSymbol> inputs)
    {
        for (int depth = 0; depth < 8; depth++)
        {
            switch (OperationTools.Unwrap(operation))
            {
                case IParameterReferenceOperation reference:
                    return inputs.FirstOrDefault(p => SymbolEqualityComparer.Default.Equals(p, reference.Parameter));
                case IInvocationOperation invocation when invocation.TargetMethod.Name is "Select" or "SelectMany" or "Where" or "ToArray" or "ToList" or "AsEnumerable" or "Cast" or "Skip" or "Take":
                    operation = invocation.TargetMethod.IsExtensionMethod || invocation.Instance is null
                        ? invocation.Arguments.FirstOrDefault()?.Value
                        : invocation.Instance;
                    break;
                default:
                    return null;
            }
        }
        return null;
    }

    private static bool MentionsInput(IOperation operation, List<IParameterSymbol> inputs) =>
        operation.DescendantsAndSelf().OfType<IParameterReferenceOperation>().Any(r => inputs.Any(p => SymbolEqualityComparer.Default.Equals(p, r.Parameter)));

    /// <summary><c>Fit(x)</c> (or <c>this.PartialFit(x)</c>) on the type itself with Transform's input.</summary>
    private static string? CallsFit(IInvocationOperation invocation, INamedTypeSymbol type, List<IParameterSymbol> inputs)
    {
        var target = invocation.TargetMethod;
        if (!DataSplitNames.IsFitName(target.Name) || !SameType(target.ContainingType, type)) return null;
        if (invocation.Instance is { } instance && OperationTools.Unwrap(instance) is not IInstanceReferenceOperation) return null;
        var argument = invocation.Arguments.FirstOrDefault(a => MentionsInput(a.Value, inputs));
        return argument is null ? null : $"it calls {target.Name} on '{argument.Value.Syntax}'";
    }

    /// <summary>
    /// <c>Statistics(x)</c>: a helper of the type, given the whole input, whose result is used, and which
    /// either Fit stores into the fitted state or is named for statistics.
    /// </summary>
    private static string? CallsLearningHelper(IInvocationOperation invocation, IMethodSymbol transform, INamedTypeSymbol type, List<IMethodSymbol> fits, List<IParameterSymbol> inputs)
    {
        var target = invocation.TargetMethod;
        if (target.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction) || target.ReturnsVoid) return null;
        if (target.MethodKind == MethodKind.Ordinary && !SameType(target.ContainingType, type)) return null;
        if (SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, transform.OriginalDefinition) || DataSplitNames.IsFitName(target.Name)) return null;
        if (invocation.Parent is IExpressionStatementOperation) return null;
        var argument = invocation.Arguments.FirstOrDefault(a => WholeInput(a.Value, inputs) is not null);
        if (argument is null) return null;

        bool named = ModelCode.Words(target.Name).Any(w => StatisticWords.Contains(w));
        if (!named && !(target.MethodKind == MethodKind.Ordinary && FitStoresResultOf(target, fits, invocation.SemanticModel))) return null;
        return $"'{invocation.Syntax}' computes from '{argument.Value.Syntax}' what Fit learns";
    }

    /// <summary>Whether a Fit of the same syntax tree assigns the result of <paramref name="helper"/> to a field or property.</summary>
    private static bool FitStoresResultOf(IMethodSymbol helper, List<IMethodSymbol> fits, SemanticModel? model)
    {
        if (model is null) return false;
        foreach (var fit in fits)
        {
            foreach (var reference in fit.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree != model.SyntaxTree) continue;
                var syntax = reference.GetSyntax();
                if (syntax is not MethodDeclarationSyntax declaration) continue;
                IOperation? fitBody;
                try
                {
                    fitBody = model.GetOperation(declaration);
                }
                catch (ArgumentException)
                {
                    continue;
                }
                if (fitBody is null) continue;
                foreach (var call in fitBody.Descendants().OfType<IInvocationOperation>())
                {
                    if (!SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, helper.OriginalDefinition)) continue;
                    var parent = call.Parent;
                    while (parent is IConversionOperation or IParenthesizedOperation) parent = parent.Parent;
                    switch (parent)
                    {
                        case ISimpleAssignmentOperation assignment when IsState(assignment.Target):
                            return true;
                        case IDeconstructionAssignmentOperation deconstruction when deconstruction.Target is ITupleOperation tuple && tuple.Elements.Any(IsState):
                            return true;
                    }
                }
            }
        }
        return false;
    }

    private static bool IsState(IOperation target) => OperationTools.Unwrap(target) is IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false };

    /// <summary><c>x.Average(...)</c>, <c>x.Select(r => r[j]).Max()</c>, <c>values.Distinct().Order()</c> over the whole input.</summary>
    private static string? AggregatesOverRows(IInvocationOperation invocation, List<IParameterSymbol> inputs)
    {
        var method = invocation.TargetMethod;
        if (!method.IsExtensionMethod || method.ContainingType?.Name != "Enumerable") return null;
        var receiver = invocation.Arguments.FirstOrDefault()?.Value;
        switch (method.Name)
        {
            case "Average" or "Sum" or "Min" or "Max" or "MinBy" or "MaxBy":
                break;
            case "Order" or "OrderBy" or "OrderDescending" or "OrderByDescending":
                if (OperationTools.Unwrap(receiver) is not IInvocationOperation { TargetMethod.Name: "Distinct" or "DistinctBy" } distinct) return null;
                receiver = distinct.Arguments.FirstOrDefault()?.Value;
                break;
            default:
                return null;
        }
        var input = WholeInput(receiver, inputs);
        if (input is null) return null;
        // Sizes are not statistics: x.Max(r => r.Length), x.Sum(d => d.Length).
        if (invocation.Descendants().Any(o => o is IPropertyReferenceOperation { Property.Name: "Length" or "Count" or "LongLength" } or IInvocationOperation { TargetMethod.Name: "Count" or "LongCount" or "GetLength" })) return null;
        return $"'{invocation.Syntax}' aggregates over every row of '{input.Name}'";
    }

    /// <summary><c>new SortedSet&lt;string&gt;(values)</c>: the categories of the input.</summary>
    private static string? SortedSetOfInput(IObjectCreationOperation creation, List<IParameterSymbol> inputs)
    {
        if (creation.Type?.Name != "SortedSet") return null;
        var input = creation.Arguments.Select(a => WholeInput(a.Value, inputs)).FirstOrDefault(p => p is not null);
        return input is null ? null : $"'{creation.Syntax}' collects the categories of '{input.Name}'";
    }

    /// <summary>
    /// <c>sum += x[i][j]</c>, <c>df[k]++</c>, <c>if (v &lt; min[j]) min[j] = v</c> in a loop over the input's rows,
    /// into a local declared outside that loop and combined after it with the row count (or named for a statistic).
    /// </summary>
    private static string? AccumulatesAcrossRows(IOperation operation, IOperation body, List<IParameterSymbol> inputs)
    {
        IOperation target;
        IOperation? value;
        bool extreme = false, counting = false;
        switch (operation)
        {
            case ICompoundAssignmentOperation compound when compound.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract:
                target = compound.Target;
                value = compound.Value;
                break;
            case IIncrementOrDecrementOperation increment:
                target = increment.Target;
                value = null;
                counting = true;
                break;
            case ISimpleAssignmentOperation simple:
                target = simple.Target;
                value = simple.Value;
                if (ModelCode.RootSymbol(target) is not ILocalSymbol root) return null;
                bool namedExtreme = ModelCode.Words(root.Name).Any(w => w is "min" or "max" or "mins" or "maxs" or "maxes" or "minimum" or "maximum");
                bool selfCount = OperationTools.Unwrap(target) is IPropertyReferenceOperation { Property.IsIndexer: true } && OperationTools.Unwrap(value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add
                    && add.Descendants().Any(o => o is ILocalReferenceOperation local && SymbolEqualityComparer.Default.Equals(local.Local, root));
                if (!namedExtreme && !selfCount) return null;
                extreme = namedExtreme;
                counting = selfCount;
                if (counting) value = null;
                break;
            default:
                return null;
        }

        if (ModelCode.RootSymbol(target) is not ILocalSymbol accumulator) return null;
        if (!IsNumeric(target.Type) || accumulator.Type is IArrayTypeSymbol { Rank: > 1 } or IArrayTypeSymbol { ElementType: IArrayTypeSymbol }) return null;
        bool element = OperationTools.Unwrap(target) is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true };
        if (counting && !element) return null; // i++ is a position, not a count per key

        for (var loop = EnclosingLoop(operation); loop is not null; loop = EnclosingLoop(loop))
        {
            var input = RowLoopInput(loop, body, inputs);
            if (input is null) continue;
            var loopSpan = loop.Syntax.Span;
            if (accumulator.DeclaringSyntaxReferences.Any(r => loopSpan.Contains(r.Span))) return null; // per row
            var indexLocals = loop is IForLoopOperation forLoop ? forLoop.Locals : ImmutableArray<ILocalSymbol>.Empty;
            if (target.Descendants().Any(o => o is ILocalReferenceOperation local && indexLocals.Contains(local.Local, SymbolEqualityComparer.Default))) return null; // output[i] += ...
            var data = counting ? target : value;
            if (data is null || !ReadsRowData(data, loop, input, indexLocals)) return null;
            if (IsStringRows(input) && !InNestedLoopOverRow(operation, loop)) return null; // a string array may be one document's tokens
            bool statisticName = extreme || ModelCode.Words(accumulator.Name).Any(w => AccumulatorWords.Contains(w));
            if (!statisticName && !CombinedWithRowCountAfter(accumulator, loop, body, input)) return null;
            return $"'{accumulator.Name}' is accumulated across the rows of '{input.Name}'";
        }
        return null;
    }

    private static bool IsNumeric(ITypeSymbol? type) => type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal
        or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_UInt32 or SpecialType.System_UInt64;

    private static IOperation? EnclosingLoop(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is ILoopOperation) return current;
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation) return null;
        }
        return null;
    }

    /// <summary>The input whose rows the loop walks: <c>foreach (var row in x)</c>, <c>for (i = 0; i &lt; x.Length; i++)</c>.</summary>
    private static IParameterSymbol? RowLoopInput(IOperation loop, IOperation body, List<IParameterSymbol> inputs)
    {
        switch (loop)
        {
            case IForEachLoopOperation forEach:
                return WholeInput(forEach.Collection, inputs);
            case IForLoopOperation { Condition: IBinaryOperation condition }:
                return RowCountOf(condition.RightOperand, body, inputs) ?? RowCountOf(condition.LeftOperand, body, inputs);
            default:
                return null;
        }
    }

    /// <summary><c>x.Length</c>, <c>x.Count</c>, <c>x.GetLength(0)</c>, or a local holding one: the input counted, else null.</summary>
    private static IParameterSymbol? RowCountOf(IOperation? operation, IOperation body, List<IParameterSymbol> inputs, int depth = 0)
    {
        switch (OperationTools.Unwrap(operation))
        {
            case IPropertyReferenceOperation { Property.Name: "Length" or "Count" or "LongLength" } property:
                return WholeInput(property.Instance, inputs);
            case IInvocationOperation { TargetMethod.Name: "Count" or "LongCount" } count when count.Arguments.Length == 1:
                return WholeInput(count.Arguments[0].Value, inputs);
            case IInvocationOperation { TargetMethod.Name: "GetLength" or "GetLongLength" } length when ModelCode.IntegerConstant(length.Arguments.FirstOrDefault()?.Value) == 0:
                return WholeInput(length.Instance, inputs);
            case ILocalReferenceOperation local when depth < 2:
                var declarator = body.Descendants().OfType<IVariableDeclaratorOperation>().FirstOrDefault(d => SymbolEqualityComparer.Default.Equals(d.Symbol, local.Local));
                return declarator?.Initializer is { } initializer ? RowCountOf(initializer.Value, body, inputs, depth + 1) : null;
            default:
                return null;
        }
    }

    /// <summary>The value reads a row: an element of the input, or a local declared inside the loop (the row, a value of it).</summary>
    private static bool ReadsRowData(IOperation value, IOperation loop, IParameterSymbol input, ImmutableArray<ILocalSymbol> indexLocals)
    {
        var loopSpan = loop.Syntax.Span;
        foreach (var operation in value.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }
                    when ModelCode.RootSymbol(operation) is IParameterSymbol parameter && SymbolEqualityComparer.Default.Equals(parameter, input):
                    return true;
                case ILocalReferenceOperation local
                    when !indexLocals.Contains(local.Local, SymbolEqualityComparer.Default)
                        && local.Local.DeclaringSyntaxReferences.Any(r => loopSpan.Contains(r.Span)):
                    return true;
            }
        }
        return false;
    }

    /// <summary>Between the operation and the row loop there is another loop (over the tokens of a document).</summary>
    private static bool InNestedLoopOverRow(IOperation operation, IOperation rowLoop)
    {
        var inner = EnclosingLoop(operation);
        return inner is not null && inner != rowLoop;
    }

    /// <summary>After the loop, a statement reads the accumulator together with the input's row count (<c>sum / n</c>, <c>ln((1 + n) / (1 + df))</c>).</summary>
    private static bool CombinedWithRowCountAfter(ILocalSymbol accumulator, IOperation loop, IOperation body, IParameterSymbol input)
    {
        var inputs = new List<IParameterSymbol> { input };
        int end = loop.Syntax.Span.End;
        foreach (var reference in body.Descendants().OfType<ILocalReferenceOperation>())
        {
            if (reference.Syntax.SpanStart < end || !SymbolEqualityComparer.Default.Equals(reference.Local, accumulator)) continue;
            var statement = StatementOf(reference);
            if (statement.DescendantsAndSelf().Any(o => RowCountOf(o, body, inputs) is not null)) return true;
        }
        return false;
    }

    private static IOperation StatementOf(IOperation operation)
    {
        var current = operation;
        for (int depth = 0; depth < 24 && current.Parent is { } parent; depth++)
        {
            if (current is IExpressionStatementOperation or IVariableDeclarationGroupOperation or IReturnOperation) return current;
            if (parent is IBlockOperation or ILoopOperation) return current;
            current = parent;
        }
        return current;
    }
}
