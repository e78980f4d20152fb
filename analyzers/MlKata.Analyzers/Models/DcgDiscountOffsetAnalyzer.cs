using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Models;

/// <summary>
/// MLK1203: a DCG discount one position too early: <c>Math.Log2(i + 1)</c> with a 0-based
/// loop index, or <c>Math.Log2(rank)</c> with a 1-based rank.
/// </summary>
public sealed class DcgDiscountOffsetAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1203";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "DCG discount is off by one position",
        "DCG discount off by one: '{1}' counts positions from {2}, so '{0}' gives the top-ranked item a discount of log2({3}); every rank gets the discount meant for the rank above it",
        Rules.Categories.Models,
        DiagnosticSeverity.Warning,
        "DCG divides the gain at rank r (counted from 1) by log2(r + 1), so the top item is divided by log2(2) = 1. "
        + "With a 0-based index i the rank is i + 1, and log2(i + 1) is one position too early: the top item is divided by log2(1) = 0.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (LogBase2Argument(invocation) is not { } argument || invocation.Syntax.ContainsDiagnostics) return;
        if (!ModelCode.InMemberOrTypeNamed(invocation.Syntax, "dcg", "discount", "ranking")) return;

        // position + offset, offset + position, or the position alone
        IOperation? position;
        long offset;
        switch (OperationTools.Unwrap(argument))
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when ModelCode.IntegerConstant(add.RightOperand) is long right:
                (position, offset) = (add.LeftOperand, right);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when ModelCode.IntegerConstant(add.LeftOperand) is long left:
                (position, offset) = (add.RightOperand, left);
                break;
            case var other:
                (position, offset) = (other, 0);
                break;
        }
        if (offset < 0 || OperationTools.Unwrap(position) is not { } variable) return;
        int? origin = variable switch
        {
            ILocalReferenceOperation local => LoopOrigin(local.Local),
            IParameterReferenceOperation parameter => IndexParameterOrigin(parameter.Parameter),
            _ => null,
        };
        if (origin is not int from || from + offset >= 2) return;

        string name = variable is ILocalReferenceOperation l ? l.Local.Name : ((IParameterReferenceOperation)variable).Parameter.Name;
        context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(),
            invocation.Syntax.ToString(), name, from, from + offset));
    }

    /// <summary>The argument of <c>Math.Log2(x)</c>, <c>Math.Log(x, 2)</c>, or <c>Math.Log(x)</c> divided by <c>Math.Log(2)</c>.</summary>
    private static IOperation? LogBase2Argument(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.Name is not ("Log2" or "Log")
            || method.ContainingType is not { Name: "Math" or "MathF" or "Double" or "Single" } type
            || type.ContainingNamespace?.Name != "System" || invocation.Arguments.Length == 0)
            return null;
        var first = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value;
        switch (method.Name)
        {
            case "Log2" when invocation.Arguments.Length == 1:
                return first;
            case "Log" when invocation.Arguments.Length == 2:
                var newBase = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 1)?.Value;
                return ModelCode.IntegerConstant(newBase) == 2 ? first : null;
            case "Log" when invocation.Arguments.Length == 1:
                IOperation current = invocation;
                while (current.Parent is IConversionOperation or IParenthesizedOperation) current = current.Parent;
                if (current.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } division
                    && OperationTools.Unwrap(division.LeftOperand) == invocation
                    && OperationTools.Unwrap(division.RightOperand) is IInvocationOperation { TargetMethod.Name: "Log", Arguments.Length: 1 } divisor
                    && ModelCode.IntegerConstant(divisor.Arguments[0].Value) == 2)
                    return first;
                return null;
            default:
                return null;
        }
    }

    /// <summary>
    /// Where a for-loop variable counts positions from: 0 when it starts at 0; 1 when it starts
    /// at 1 and indexes the list as <c>list[i - 1]</c> (or runs to <c>&lt;=</c> without indexing);
    /// 0 when it starts at 1 but indexes <c>list[i]</c> (the top item handled apart); else null.
    /// </summary>
    private static int? LoopOrigin(ILocalSymbol local)
    {
        if (local.DeclaringSyntaxReferences.Length != 1) return null;
        if (local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax declarator
            || declarator.Parent?.Parent is not ForStatementSyntax loop
            || declarator.Initializer?.Value is not LiteralExpressionSyntax { Token.Value: int start })
            return null;
        if (start == 0) return 0;
        if (start != 1) return null;

        string name = local.Name;
        bool zeroBasedIndex = false, oneBasedIndex = false;
        foreach (var access in loop.Statement.DescendantNodesAndSelf().OfType<ElementAccessExpressionSyntax>())
        {
            if (access.ArgumentList.Arguments.Count != 1) continue;
            var index = access.ArgumentList.Arguments[0].Expression;
            while (index is ParenthesizedExpressionSyntax parenthesized) index = parenthesized.Expression;
            if (index is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name) zeroBasedIndex = true;
            if (index is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.SubtractExpression, Left: IdentifierNameSyntax left, Right: LiteralExpressionSyntax { Token.Value: int one } }
                && left.Identifier.ValueText == name && one == 1)
                oneBasedIndex = true;
        }
        if (oneBasedIndex != zeroBasedIndex) return oneBasedIndex ? 1 : 0;
        if (!oneBasedIndex && loop.Condition is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LessThanOrEqualExpression, Left: IdentifierNameSyntax bound }
            && bound.Identifier.ValueText == name)
            return 1;
        return null;
    }

    /// <summary>0 for the index parameter of a LINQ lambda such as <c>(r, i) =&gt; ...</c>; else null.</summary>
    private static int? IndexParameterOrigin(IParameterSymbol parameter) =>
        parameter is { Ordinal: 1, Type.SpecialType: SpecialType.System_Int32, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction, Parameters.Length: 2 } }
            ? 0
            : null;
}
