using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Dsa;

/// <summary>MLK1405: a string local grown with += (or s = s + ...) on every pass of a loop.</summary>
public sealed class StringConcatInLoopAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1405";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "String built by concatenation in a loop",
        "string concatenation in a loop: each pass copies all of '{0}' into a new string, so building it costs O(n²); append the pieces to a StringBuilder and make the string once",
        Rules.Categories.Dsa,
        DiagnosticSeverity.Warning,
        "Strings are immutable: s += x allocates a new string and copies every character built so far. Done once per pass of a loop, the copies add up to quadratic time, which an interviewer will point out on long inputs.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeCompound, OperationKind.CompoundAssignment);
        context.RegisterOperationAction(AnalyzeSimple, OperationKind.SimpleAssignment);
    }

    private static void AnalyzeCompound(OperationAnalysisContext context)
    {
        if (context.Operation is not ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } assignment) return;
        Check(context, assignment, assignment.Target);
    }

    private static void AnalyzeSimple(OperationAnalysisContext context)
    {
        if (context.Operation is not ISimpleAssignmentOperation assignment) return;
        var variable = DsaCode.LocalOrParameter(assignment.Target);
        if (variable is null) return;
        var value = OperationTools.Unwrap(assignment.Value);
        if (value is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum || sum.Type?.SpecialType != SpecialType.System_String) return;
        if (!ConcatenatesItself(sum, variable)) return;
        Check(context, assignment, assignment.Target);
    }

    /// <summary>Whether <paramref name="variable"/> itself is one of the pieces of the concatenation chain.</summary>
    private static bool ConcatenatesItself(IOperation? operation, ISymbol variable)
    {
        operation = OperationTools.Unwrap(operation);
        if (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add && add.Type?.SpecialType == SpecialType.System_String)
            return ConcatenatesItself(add.LeftOperand, variable) || ConcatenatesItself(add.RightOperand, variable);
        return DsaCode.Names(operation, variable);
    }

    private static void Check(OperationAnalysisContext context, IAssignmentOperation assignment, IOperation target)
    {
        if (target.Type?.SpecialType != SpecialType.System_String) return;
        var variable = DsaCode.LocalOrParameter(target);
        if (variable is null) return;
        var syntax = assignment.Syntax;
        if (!GrowsAcrossPasses(syntax, variable)) return;
        if (LeavesRightAfter(syntax)) return;
        context.ReportDiagnostic(Diagnostic.Create(Rule, syntax.GetLocation(), variable.Name));
    }

    /// <summary>
    /// Whether a loop around the concatenation repeats it a number of times that grows with the
    /// input while the string lives on: a loop of its own, not one that declares the string
    /// afresh on every pass, and not one that runs a few times fixed in the code
    /// (<c>for (int i = 0; i &lt; 3; i++)</c>, <c>foreach (var part in new[] { a, b })</c>).
    /// </summary>
    private static bool GrowsAcrossPasses(SyntaxNode syntax, ISymbol variable)
    {
        for (var loop = DsaCode.RepeatingLoop(syntax); loop is not null; loop = DsaCode.RepeatingLoop(loop))
        {
            // A local declared inside the loop starts afresh on every pass: it does not grow across passes.
            if (variable is ILocalSymbol)
            {
                foreach (var reference in variable.DeclaringSyntaxReferences)
                    if (reference.SyntaxTree == loop.SyntaxTree && loop.Span.Contains(reference.Span)) return false;
            }
            if (!FixedSmallCount(loop)) return true;
        }
        return false;
    }

    private const int FewPasses = 64;

    /// <summary>A loop whose number of passes is written in the code and small.</summary>
    private static bool FixedSmallCount(StatementSyntax loop)
    {
        switch (loop)
        {
            case ForStatementSyntax { Declaration.Variables: { Count: 1 } variables, Condition: BinaryExpressionSyntax condition, Incrementors.Count: 1 } f
                when variables[0].Initializer?.Value is LiteralExpressionSyntax { Token.Value: int start }
                     && condition.Left is IdentifierNameSyntax counter && counter.Identifier.ValueText == variables[0].Identifier.ValueText
                     && condition.Right is LiteralExpressionSyntax { Token.Value: int end }
                     && IsIncrement(f.Incrementors[0], counter.Identifier.ValueText):
                return condition.Kind() switch
                {
                    SyntaxKind.LessThanExpression => end - (long)start <= FewPasses,
                    SyntaxKind.LessThanOrEqualExpression => end - (long)start < FewPasses,
                    _ => false,
                };
            case ForEachStatementSyntax { Expression: var items }:
                var initializer = items switch
                {
                    ArrayCreationExpressionSyntax array => array.Initializer,
                    ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer,
                    _ => null,
                };
                if (initializer is not null) return initializer.Expressions.Count <= FewPasses;
                if (items is CollectionExpressionSyntax collection)
                    return collection.Elements.Count <= FewPasses && collection.Elements.All(e => e is ExpressionElementSyntax);
                return false;
            default:
                return false;
        }
    }

    private static bool IsIncrement(ExpressionSyntax incrementor, string counter) =>
        incrementor is PostfixUnaryExpressionSyntax { Operand: IdentifierNameSyntax p } postfix && postfix.IsKind(SyntaxKind.PostIncrementExpression) && p.Identifier.ValueText == counter
        || incrementor is PrefixUnaryExpressionSyntax { Operand: IdentifierNameSyntax q } prefix && prefix.IsKind(SyntaxKind.PreIncrementExpression) && q.Identifier.ValueText == counter;

    /// <summary>
    /// Whether a later statement of the same block leaves the loop or the method (break, return,
    /// throw): the concatenation then runs once, not once per pass.
    /// </summary>
    private static bool LeavesRightAfter(SyntaxNode syntax)
    {
        if (syntax.Parent is not ExpressionStatementSyntax statement || statement.Parent is not BlockSyntax block) return false;
        bool after = false;
        foreach (var sibling in block.Statements)
        {
            if (sibling == statement) { after = true; continue; }
            if (after && (sibling is BreakStatementSyntax or ReturnStatementSyntax or ThrowStatementSyntax || sibling.IsKind(SyntaxKind.YieldBreakStatement)))
                return true;
        }
        return false;
    }
}
