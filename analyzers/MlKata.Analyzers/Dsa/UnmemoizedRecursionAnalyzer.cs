using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Dsa;

/// <summary>
/// MLK1407: a recursive function that returns a number (or a bool) and calls itself two or
/// more times per call on arguments that only step down (n - 1, n - 2, i + 1, cap - w, ...),
/// with no memo: the subproblems overlap, so the running time is exponential.
/// </summary>
public sealed class UnmemoizedRecursionAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1407";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Exponential recursion without a memo",
        "'{0}' calls itself {1} on overlapping subproblems and remembers none of the answers, so it solves the same subproblem again and again: exponential time; remember each subproblem's result or fill a table bottom-up",
        Rules.Categories.Dsa,
        DiagnosticSeverity.Warning,
        "A recursion such as f(n) = f(n - 1) + f(n - 2), or a knapsack, coin-change or edit-distance recursion that tries each choice, reaches the same arguments along many paths. Without a memo every path recomputes them and the call tree grows exponentially; dynamic programming stores each answer once.");

    private static readonly HashSet<string> MemoMethods = new()
    {
        "TryGetValue", "ContainsKey", "GetValueOrDefault", "TryAdd", "Add", "GetOrAdd", "AddOrUpdate", "Contains", "Set", "SetValue", "Remove",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
    }

    /// <summary>
    /// Only a call of the function to itself starts the analysis: a comparison of symbols per call,
    /// with no walk of any method body. The function is analysed from its first such call, and the
    /// diagnostic sits on that call: the editor analyses one document at a time and keeps only what
    /// an operation action reports inside the code it was given, so a squiggle on the function's
    /// name would show in a build but never live.
    /// </summary>
    private static void AnalyzeInvocation(OperationAnalysisContext context)
    {
        if (context.Operation is not IInvocationOperation { Instance: null or IInstanceReferenceOperation } invocation) return;
        var target = invocation.TargetMethod.OriginalDefinition;
        SyntaxNode? declaration = null;
        if (target.MethodKind == MethodKind.LocalFunction)
        {
            for (var p = invocation.Parent; p is not null; p = p.Parent)
                if (p is ILocalFunctionOperation local && SymbolEqualityComparer.Default.Equals(local.Symbol.OriginalDefinition, target))
                {
                    declaration = local.Syntax;
                    break;
                }
        }
        else if (target.MethodKind == MethodKind.Ordinary && SymbolEqualityComparer.Default.Equals(context.ContainingSymbol.OriginalDefinition, target))
        {
            foreach (var reference in target.DeclaringSyntaxReferences)
                if (reference.SyntaxTree == invocation.Syntax.SyntaxTree && reference.Span.Contains(invocation.Syntax.Span))
                    declaration = reference.GetSyntax(context.CancellationToken);
        }
        if (declaration is null || invocation.SemanticModel is not { } model) return;
        Analyze(context, declaration, model, invocation);
    }

    private static void Analyze(OperationAnalysisContext context, SyntaxNode declaration, SemanticModel semanticModel, IInvocationOperation trigger)
    {
        SyntaxToken identifier;
        SyntaxNode? body;
        switch (declaration)
        {
            case MethodDeclarationSyntax method:
                identifier = method.Identifier;
                body = (SyntaxNode?)method.Body ?? method.ExpressionBody;
                break;
            case LocalFunctionStatementSyntax local:
                identifier = local.Identifier;
                body = (SyntaxNode?)local.Body ?? local.ExpressionBody;
                break;
            default:
                return;
        }
        if (body is null) return;
        if (semanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not IMethodSymbol symbol) return;
        if (!ReturnsAValue(symbol.ReturnType) || symbol.Parameters.Length == 0) return;
        var root = semanticModel.GetOperation(declaration, context.CancellationToken);
        if (root is null) return;

        var calls = new List<IInvocationOperation>();
        foreach (var operation in OwnOperations(root))
        {
            if (IsMemo(operation)) return;
            if (operation is IInvocationOperation invocation
                && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, symbol.OriginalDefinition)
                && (invocation.Instance is null or IInstanceReferenceOperation))
                calls.Add(invocation);
        }
        // Analysed once, from the first call of the function to itself.
        if (calls.Count == 0 || calls.Min(c => c.Syntax.SpanStart) != trigger.Syntax.SpanStart) return;

        // Each parameter may only step one way across the calls: n - 1 and n - 2, never r - 1 and r + 1 (a walk, not a subproblem).
        var directions = new Dictionary<int, Step>();
        var steps = new List<IInvocationOperation>();
        foreach (var call in calls)
        {
            var kinds = StepsOf(call, symbol);
            if (kinds is null) continue;
            foreach (var pair in kinds)
            {
                if (directions.TryGetValue(pair.Key, out var seen) && seen != pair.Value) return;
                directions[pair.Key] = pair.Value;
            }
            steps.Add(call);
        }
        if (steps.Count == 0) return;

        string? times = null;
        if (steps.Any(c => RunsPerPass(c.Syntax, body))) times = "once per loop pass";
        else
        {
            int together = MostRunningTogether(steps);
            if (together >= 2) times = together == 2 ? "twice per call" : $"{together} times per call";
        }
        if (times is null) return;

        var at = trigger.Syntax is InvocationExpressionSyntax { Expression: var called }
            ? called is MemberAccessExpressionSyntax access ? access.Name : called
            : trigger.Syntax;
        context.ReportDiagnostic(Diagnostic.Create(Rule, at.GetLocation(), steps.Select(s => s.Syntax.GetLocation()), identifier.ValueText, times));
    }

    private static bool ReturnsAValue(ITypeSymbol type) => type.SpecialType is SpecialType.System_Boolean
        or SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64
        or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64
        or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal;

    /// <summary>The operations of the function, without those of nested local functions.</summary>
    private static IEnumerable<IOperation> OwnOperations(IOperation root)
    {
        foreach (var operation in root.Descendants())
        {
            bool nested = false;
            for (var p = operation; p is not null && p != root; p = p.Parent)
                if (p is ILocalFunctionOperation) { nested = true; break; }
            if (!nested) yield return operation;
        }
    }

    /// <summary>A memo (or a visited set) in use: an element written, a dictionary or set asked or filled, an out argument.</summary>
    private static bool IsMemo(IOperation operation) => operation switch
    {
        IAssignmentOperation { Target: IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } } => true,
        IIncrementOrDecrementOperation { Target: IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } } => true,
        IInvocationOperation invocation => MemoMethods.Contains(invocation.TargetMethod.Name),
        IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } => true,
        _ => false,
    };

    private enum Step { Minus, Plus, Shorter }

    /// <summary>
    /// For a call whose every argument is its own parameter, unchanged or stepped (p - x, p + x,
    /// p.Substring(...)), with at least one stepped: the step of each stepped parameter; else null.
    /// </summary>
    private static Dictionary<int, Step>? StepsOf(IInvocationOperation call, IMethodSymbol symbol)
    {
        var result = new Dictionary<int, Step>();
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind != ArgumentKind.Explicit) return null;
            if (parameter.Ordinal >= symbol.Parameters.Length) return null;
            var own = symbol.Parameters[parameter.Ordinal];
            var value = OperationTools.Unwrap(argument.Value);
            if (DsaCode.Names(value, own)) continue;
            switch (value)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } minus when DsaCode.Names(minus.LeftOperand, own) && IsIntegral(own.Type):
                    result[parameter.Ordinal] = Step.Minus;
                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } plus when DsaCode.Names(plus.LeftOperand, own) && IsIntegral(own.Type):
                    result[parameter.Ordinal] = Step.Plus;
                    break;
                case IInvocationOperation { TargetMethod.Name: "Substring" } substring when DsaCode.Names(substring.Instance, own):
                    result[parameter.Ordinal] = Step.Shorter;
                    break;
                default:
                    return null;
            }
        }
        return result.Count > 0 ? result : null;
    }

    private static bool IsIntegral(ITypeSymbol type) => type.SpecialType is SpecialType.System_Int16 or SpecialType.System_Int32
        or SpecialType.System_Int64 or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64;

    /// <summary>Whether the call sits in a loop body or a lambda of the function, so one activation may make it many times.</summary>
    private static bool RunsPerPass(SyntaxNode call, SyntaxNode body)
    {
        SyntaxNode child = call;
        bool leaves = false;
        foreach (var parent in call.Ancestors())
        {
            if (parent == body) return false;
            if (parent is ReturnStatementSyntax or ThrowStatementSyntax) leaves = true;
            if (parent is AnonymousFunctionExpressionSyntax) return true;
            if (parent is StatementSyntax loop && DsaCode.Repeats(loop, child) && !leaves) return true;
            if (DsaCode.IsFunctionBoundary(parent)) return false;
            child = parent;
        }
        return false;
    }

    /// <summary>The largest number of the calls that one activation can make together.</summary>
    private static int MostRunningTogether(List<IInvocationOperation> calls)
    {
        var ordered = calls.Select(c => c.Syntax).OrderBy(s => s.SpanStart).ToList();
        int best = 1;
        for (int i = 0; i < ordered.Count; i++)
        {
            var group = new List<SyntaxNode> { ordered[i] };
            for (int j = i + 1; j < ordered.Count; j++)
                if (group.All(g => CanRunTogether(g, ordered[j]))) group.Add(ordered[j]);
            best = System.Math.Max(best, group.Count);
        }
        return best;
    }

    /// <summary>Whether <paramref name="first"/> and then <paramref name="later"/> (later in the text) can both run in one activation.</summary>
    private static bool CanRunTogether(SyntaxNode first, SyntaxNode later)
    {
        // After a return (or throw) that holds the first call, the later one does not run.
        foreach (var ancestor in first.Ancestors())
        {
            if (ancestor is ReturnStatementSyntax or ThrowStatementSyntax or ThrowExpressionSyntax)
            {
                if (!ancestor.Span.Contains(later.Span)) return false;
                break;
            }
            if (ancestor is StatementSyntax and not ExpressionStatementSyntax and not LocalDeclarationStatementSyntax) break;
        }

        // Different branches of one if, ?:, switch or switch expression exclude each other.
        var common = first.Ancestors().FirstOrDefault(a => a.Span.Contains(later.Span));
        if (common is null) return true;
        SyntaxNode? BranchOf(SyntaxNode node) => node.AncestorsAndSelf().TakeWhile(a => a != common).LastOrDefault();
        var a = BranchOf(first);
        var b = BranchOf(later);
        switch (common)
        {
            case IfStatementSyntax ifStatement:
                return !(a == ifStatement.Statement && b == ifStatement.Else || a == ifStatement.Else && b == ifStatement.Statement);
            case ElseClauseSyntax:
                return true;
            case ConditionalExpressionSyntax conditional:
                return !(a == conditional.WhenTrue && b == conditional.WhenFalse || a == conditional.WhenFalse && b == conditional.WhenTrue);
            case SwitchStatementSyntax:
            case SwitchExpressionSyntax:
                return a is not (SwitchSectionSyntax or SwitchExpressionArmSyntax) || a == b;
            default:
                return true;
        }
    }
}
