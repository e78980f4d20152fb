using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
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
    public static bool IsMath(IMethodSymbol? method, params string[] names) =>
        method is not null && (names.Length == 0 || Array.IndexOf(names, method.Name) >= 0) && IsMathType(method.ContainingType);

    // The same without a params array, which C# would allocate on every call: the rules ask
    // this of every call in the code. The name goes first: it rules out nearly every call.
    public static bool IsMath(IMethodSymbol? method, string name) =>
        method is not null && method.Name == name && IsMathType(method.ContainingType);

    public static bool IsMath(IMethodSymbol? method, string name1, string name2) =>
        method is not null && method.Name is var name && (name == name1 || name == name2) && IsMathType(method.ContainingType);

    public static bool IsMath(IMethodSymbol? method, string name1, string name2, string name3) =>
        method is not null && method.Name is var name && (name == name1 || name == name2 || name == name3) && IsMathType(method.ContainingType);

    private static bool IsMathType(INamedTypeSymbol? type) =>
        type is { Name: "Math" or "MathF", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>A call <c>Math.Name(x)</c> (named <paramref name="name"/>): its first argument, else null.</summary>
    public static IOperation? MathArgument(IOperation? operation, string name) =>
        OperationTools.Unwrap(operation) is IInvocationOperation invocation && IsMath(invocation.TargetMethod, name) && invocation.Arguments.Length >= 1
            ? invocation.Arguments[0].Value
            : null;

    /// <summary>True for double or float.</summary>
    public static bool IsFloatingPoint(ITypeSymbol? type) =>
        type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single;

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
    public static IReadOnlyList<Store> StoresInto(IOperation root, ISymbol symbol) =>
        StoreIndex.GetValue(root, IndexStores).TryGetValue(symbol, out var stores) ? stores : NoStores;

    private static readonly Store[] NoStores = new Store[0];

    /// <summary>
    /// Every store in a member, by the variable stored into: built in one walk the first time a
    /// rule asks about the member, then shared by every rule and every question about it.
    /// </summary>
    private static readonly ConditionalWeakTable<IOperation, Dictionary<ISymbol, List<Store>>> StoreIndex = new();

    private static Dictionary<ISymbol, List<Store>> IndexStores(IOperation root)
    {
        var index = new Dictionary<ISymbol, List<Store>>(SymbolEqualityComparer.Default);
        void Add(ISymbol? symbol, Store store)
        {
            if (symbol is null) return;
            if (!index.TryGetValue(symbol, out var list)) index[symbol] = list = new List<Store>();
            list.Add(store);
        }
        ISymbol? TargetOf(IOperation? target, out bool element)
        {
            target = OperationTools.Unwrap(target);
            element = target is IArrayElementReferenceOperation;
            return ReferencedSymbol(target, throughElements: true);
        }

        foreach (var op in OperationTools.Subtree(root))
        {
            bool element;
            switch (op.Kind)
            {
                case OperationKind.VariableDeclarator:
                    var declarator = (IVariableDeclaratorOperation)op;
                    var initializer = declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
                    if (initializer is not null) Add(declarator.Symbol, new Store(initializer.Value, declarator, false, BinaryOperatorKind.None));
                    break;
                case OperationKind.SimpleAssignment:
                    var simple = (ISimpleAssignmentOperation)op;
                    Add(TargetOf(simple.Target, out element), new Store(simple.Value, simple, element, BinaryOperatorKind.None));
                    break;
                case OperationKind.CompoundAssignment:
                    var compound = (ICompoundAssignmentOperation)op;
                    Add(TargetOf(compound.Target, out element), new Store(compound.Value, compound, element, compound.OperatorKind));
                    break;
                case OperationKind.CoalesceAssignment:
                    var coalesce = (ICoalesceAssignmentOperation)op;
                    Add(TargetOf(coalesce.Target, out element), new Store(coalesce.Value, coalesce, element, BinaryOperatorKind.None));
                    break;
                case OperationKind.Increment or OperationKind.Decrement:
                    var increment = (IIncrementOrDecrementOperation)op;
                    Add(TargetOf(increment.Target, out element), new Store(null, increment, element, BinaryOperatorKind.None));
                    break;
                case OperationKind.Loop when op is IForEachLoopOperation { LoopControlVariable: { } control } loop:
                    foreach (var declared in DeclaredIn(control))
                        Add(declared, new Store(loop.Collection, loop, false, BinaryOperatorKind.None));
                    break;
                case OperationKind.DeconstructionAssignment:
                    var deconstruction = (IDeconstructionAssignmentOperation)op;
                    var targets = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                    foreach (var target in OperationTools.Subtree(deconstruction.Target))
                        if (TargetOf(target, out _) is { } symbol && targets.Add(symbol))
                            Add(symbol, new Store(null, deconstruction, false, BinaryOperatorKind.None));
                    break;
                case OperationKind.Argument when op is IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } argument:
                    Add(TargetOf(argument.Value, out element), new Store(null, argument, element, BinaryOperatorKind.None));
                    break;
            }
        }
        return index;
    }

    /// <summary>The variables a foreach loop declares: <c>x</c>, or <c>(a, b)</c> and <c>var (a, b)</c>.</summary>
    private static IEnumerable<ISymbol> DeclaredIn(IOperation loopVariable)
    {
        var declared = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var op in OperationTools.Subtree(loopVariable))
        {
            if (op is IVariableDeclaratorOperation declarator && declared.Add(declarator.Symbol)) yield return declarator.Symbol;
            if (op is ILocalReferenceOperation { IsDeclaration: true } local && declared.Add(local.Local)) yield return local.Local;
        }
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
