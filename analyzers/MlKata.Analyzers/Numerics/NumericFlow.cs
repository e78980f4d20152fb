using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Numerics;

/// <summary>
/// What the numerics rules share: recognising System.Math calls, and a small data flow inside
/// one member (where a local, a parameter or an array got its values).
/// </summary>
internal static class NumericFlow
{

    /// <summary>True for a method of System.Math or System.MathF with one of the given names.</summary>
    public static bool IsMath(IMethodSymbol? method, params string[] names)
    {
        if (method is null) return false;
        var type = method.ContainingType;
        if (type is null || type.ContainingNamespace is not { Name: "System" } ns || ns.ContainingNamespace is not { IsGlobalNamespace: true })
            return false;
        if (type.Name != "Math" && type.Name != "MathF") return false;
        return names.Length == 0 || Array.IndexOf(names, method.Name) >= 0;
    }

    /// <summary>A call <c>Math.Name(x)</c> (one of <paramref name="names"/>): its first argument, else null.</summary>
    public static IOperation? MathArgument(IOperation? operation, params string[] names) =>
        OperationTools.Unwrap(operation) is IInvocationOperation invocation && IsMath(invocation.TargetMethod, names) && invocation.Arguments.Length >= 1
            ? invocation.Arguments[0].Value
            : null;

    /// <summary>True for double or float.</summary>
    public static bool IsFloatingPoint(ITypeSymbol? type) =>
        type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single;

    /// <summary>The outermost operation above <paramref name="operation"/>: the body of its member.</summary>
    public static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent) operation = parent;
        return operation;
    }

    /// <summary>
    /// The name of the method, local function, property or operator whose body holds
    /// <paramref name="node"/> (the innermost one), or null.
    /// </summary>
    public static string? EnclosingMemberName(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case LocalFunctionStatementSyntax local: return local.Identifier.ValueText;
                case MethodDeclarationSyntax method: return method.Identifier.ValueText;
                case PropertyDeclarationSyntax property: return property.Identifier.ValueText;
                case IndexerDeclarationSyntax: return "this";
                case TypeDeclarationSyntax: return null;
            }
        }
        return null;
    }

    /// <summary>The name of the innermost type that holds <paramref name="node"/>, or null.</summary>
    public static string? EnclosingTypeName(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
            if (ancestor is TypeDeclarationSyntax type) return type.Identifier.ValueText;
        return null;
    }

    public static bool Contains(string? text, string part) =>
        text is not null && text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// The symbol a reference names (local, parameter, field, property), looking through an
    /// array element access to the array itself when <paramref name="throughElements"/>.
    /// </summary>
    public static ISymbol? ReferencedSymbol(IOperation? operation, bool throughElements)
    {
        operation = OperationTools.Unwrap(operation);
        while (throughElements && operation is IArrayElementReferenceOperation element)
            operation = OperationTools.Unwrap(element.ArrayReference);
        return operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Arguments.Length: 0 } property => property.Property,
            _ => null,
        };
    }

    /// <summary>A store into a variable or into one of its elements, found inside a member.</summary>
    public readonly struct Store
    {
        public Store(IOperation? value, IOperation operation, bool intoElement, BinaryOperatorKind compound)
        {
            Value = value;
            Operation = operation;
            IntoElement = intoElement;
            Compound = compound;
        }

        /// <summary>The value stored (for a compound assignment, the right-hand side), or null when unknown.</summary>
        public IOperation? Value { get; }

        /// <summary>The assignment, declarator or loop that stores it.</summary>
        public IOperation Operation { get; }

        /// <summary>The store goes into an element (<c>a[i] = ...</c>) rather than the variable itself.</summary>
        public bool IntoElement { get; }

        /// <summary>The operator of a compound assignment (<c>+=</c> is Add), None for a plain store.</summary>
        public BinaryOperatorKind Compound { get; }
    }

    /// <summary>
    /// Every store into <paramref name="symbol"/> (or into its elements) inside
    /// <paramref name="root"/>: initialisers, assignments, compound assignments, increments,
    /// foreach variables (value: the collection), out/ref arguments and deconstructions (value unknown).
    /// </summary>
    public static List<Store> StoresInto(IOperation root, ISymbol symbol)
    {
        var stores = new List<Store>();
        foreach (var op in root.DescendantsAndSelf())
        {
            switch (op)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, symbol):
                    var initializer = declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
                    if (initializer is not null) stores.Add(new Store(initializer.Value, declarator, false, BinaryOperatorKind.None));
                    break;
                case ISimpleAssignmentOperation simple when Targets(simple.Target, symbol, out bool element):
                    stores.Add(new Store(simple.Value, simple, element, BinaryOperatorKind.None));
                    break;
                case ICompoundAssignmentOperation compound when Targets(compound.Target, symbol, out bool element):
                    stores.Add(new Store(compound.Value, compound, element, compound.OperatorKind));
                    break;
                case ICoalesceAssignmentOperation coalesce when Targets(coalesce.Target, symbol, out bool element):
                    stores.Add(new Store(coalesce.Value, coalesce, element, BinaryOperatorKind.None));
                    break;
                case IIncrementOrDecrementOperation increment when Targets(increment.Target, symbol, out bool element):
                    stores.Add(new Store(null, increment, element, BinaryOperatorKind.None));
                    break;
                case IForEachLoopOperation loop when Declares(loop.LoopControlVariable, symbol):
                    stores.Add(new Store(loop.Collection, loop, false, BinaryOperatorKind.None));
                    break;
                case IDeconstructionAssignmentOperation deconstruction when deconstruction.Target.DescendantsAndSelf().Any(t => Targets(t, symbol, out _)):
                    stores.Add(new Store(null, deconstruction, false, BinaryOperatorKind.None));
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } argument when Targets(argument.Value, symbol, out bool element):
                    stores.Add(new Store(null, argument, element, BinaryOperatorKind.None));
                    break;
            }
        }
        return stores;
    }

    private static bool Declares(IOperation? loopVariable, ISymbol symbol)
    {
        if (loopVariable is null) return false;
        foreach (var op in loopVariable.DescendantsAndSelf())
        {
            if (op is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, symbol)) return true;
            if (op is ILocalReferenceOperation { IsDeclaration: true } local && SymbolEqualityComparer.Default.Equals(local.Local, symbol)) return true;
        }
        return false;
    }

    private static bool Targets(IOperation? target, ISymbol symbol, out bool element)
    {
        target = OperationTools.Unwrap(target);
        element = target is IArrayElementReferenceOperation;
        return SymbolEqualityComparer.Default.Equals(ReferencedSymbol(target, throughElements: true), symbol);
    }

    private static bool Any(this IEnumerable<IOperation> operations, Func<IOperation, bool> predicate)
    {
        foreach (var op in operations)
            if (predicate(op)) return true;
        return false;
    }

    /// <summary>
    /// For a reference to a lambda's parameter inside a LINQ-style call (<c>xs.Select(x => ...)</c>),
    /// the sequence the parameter walks over (<c>xs</c>); else null.
    /// </summary>
    public static IOperation? LambdaSource(IParameterSymbol parameter, IOperation reference)
    {
        for (var op = reference.Parent; op is not null; op = op.Parent)
        {
            if (op is not IAnonymousFunctionOperation lambda) continue;
            if (!SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, lambda.Symbol)) continue;
            return SequenceOfCall(lambda);
        }
        return null;
    }

    /// <summary>
    /// For a delegate (a lambda or a method group) passed to an extension method such as
    /// <c>xs.Sum(f)</c> or <c>xs.Select(f)</c>: the sequence it is applied to; else null.
    /// </summary>
    public static IOperation? SequenceOfCall(IOperation function)
    {
        var op = function.Parent;
        while (op is IDelegateCreationOperation or IConversionOperation) op = op.Parent;
        if (op is not IArgumentOperation { Parent: IInvocationOperation call } argument) return null;
        if (!call.TargetMethod.IsExtensionMethod || call.Arguments.Length < 2 || ReferenceEquals(call.Arguments[0], argument)) return null;
        return call.Arguments[0].Value;
    }

    /// <summary>The call a delegate (a lambda or a method group) is passed to, or null.</summary>
    public static IInvocationOperation? CallTakingDelegate(IOperation function)
    {
        var op = function.Parent;
        while (op is IDelegateCreationOperation or IConversionOperation) op = op.Parent;
        return op is IArgumentOperation { Parent: IInvocationOperation call } ? call : null;
    }

    /// <summary>The local or parameter symbols referenced anywhere inside <paramref name="operation"/>.</summary>
    public static HashSet<ISymbol> ReferencedVariables(IOperation? operation)
    {
        var symbols = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        if (operation is null) return symbols;
        foreach (var op in operation.DescendantsAndSelf())
        {
            switch (op)
            {
                case ILocalReferenceOperation local: symbols.Add(local.Local); break;
                case IParameterReferenceOperation parameter: symbols.Add(parameter.Parameter); break;
                case IFieldReferenceOperation field: symbols.Add(field.Field); break;
            }
        }
        return symbols;
    }

    /// <summary>True when some operation under <paramref name="operation"/> references one of <paramref name="symbols"/>.</summary>
    public static bool Mentions(IOperation? operation, HashSet<ISymbol> symbols)
    {
        if (operation is null || symbols.Count == 0) return false;
        foreach (var op in operation.DescendantsAndSelf())
        {
            var symbol = op switch
            {
                ILocalReferenceOperation local => (ISymbol)local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                IFieldReferenceOperation field => field.Field,
                _ => null,
            };
            if (symbol is not null && symbols.Contains(symbol)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="root"/> compares one of <paramref name="symbols"/> (a relational
    /// or equality operator, a relational pattern) or passes it to Math.Sign, Abs, Min, Max or
    /// Clamp: evidence that the code looks at the value's sign or range.
    /// </summary>
    public static bool ComparesOrBounds(IOperation root, HashSet<ISymbol> symbols)
    {
        if (symbols.Count == 0) return false;
        foreach (var op in root.DescendantsAndSelf())
        {
            switch (op)
            {
                case IBinaryOperation binary when binary.OperatorKind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual
                        or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals:
                    if (Mentions(binary.LeftOperand, symbols) || Mentions(binary.RightOperand, symbols)) return true;
                    break;
                case IIsPatternOperation pattern:
                    if (Mentions(pattern.Value, symbols)) return true;
                    break;
                case ISwitchExpressionOperation switchExpression:
                    if (Mentions(switchExpression.Value, symbols)) return true;
                    break;
                case ISwitchOperation switchStatement:
                    if (Mentions(switchStatement.Value, symbols)) return true;
                    break;
                case IInvocationOperation invocation when IsMath(invocation.TargetMethod, "Sign", "Abs", "Min", "Max", "Clamp", "CopySign"):
                    foreach (var argument in invocation.Arguments)
                        if (Mentions(argument.Value, symbols)) return true;
                    break;
            }
        }
        return false;
    }
}
