using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// Small steps over operation trees that every rule takes, written for speed: the rules run on
/// every operation of every build and keystroke. They test <see cref="IOperation.Kind"/> before
/// casting, since a failed test against an interface type costs several times more than a
/// comparison of kinds, and most operations fail most tests.
/// </summary>
internal static class OperationTools
{
    /// <summary>The operation with conversions and parentheses looked through.</summary>
    public static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is not null)
        {
            switch (operation.Kind)
            {
                case OperationKind.Conversion: operation = ((IConversionOperation)operation).Operand; break;
                case OperationKind.Parenthesized: operation = ((IParenthesizedOperation)operation).Operand; break;
                default: return operation;
            }
        }
        return null;
    }

    /// <summary>The outermost operation above <paramref name="operation"/>: the body of its member.</summary>
    public static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent) operation = parent;
        return operation;
    }

    /// <summary>The parent of <paramref name="operation"/>, conversions and parentheses looked through.</summary>
    public static IOperation? UnwrappedParent(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is { Kind: OperationKind.Conversion or OperationKind.Parenthesized }) parent = parent.Parent;
        return parent;
    }

    /// <summary>
    /// <paramref name="root"/> and everything under it, in the order of the code, like Roslyn's
    /// DescendantsAndSelf but lighter (one stack, no enumerator per level). No recursion, so a
    /// sum of ten thousand terms cannot overflow the stack.
    /// </summary>
    public static IEnumerable<IOperation> Subtree(IOperation root)
    {
        var stack = new Stack<IOperation>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var operation = stack.Pop();
            yield return operation;
            foreach (var child in operation.ChildOperations.Reverse()) stack.Push(child);
        }
    }
}
