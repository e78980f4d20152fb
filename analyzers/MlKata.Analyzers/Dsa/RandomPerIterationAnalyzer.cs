using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Dsa;

/// <summary>
/// MLK1408: <c>new Random(...)</c> made again on every pass of a loop or for every item of a
/// LINQ query (the same seed replays the same numbers; no seed cannot be reproduced), or an
/// unseeded <c>new Random()</c> where the kata hands over a seed or a Random.
/// </summary>
public sealed class RandomPerIterationAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1408";

    /// <summary>
    /// For the code fix, on an unseeded generator that ignores what it was given: the name of the
    /// seed (an int) or of the Random, and which of the two it is (<see cref="SeedKind"/> or <see cref="RandomKind"/>).
    /// </summary>
    public const string GivenProperty = "Given", GivenKindProperty = "GivenKind", SeedKind = "seed", RandomKind = "random";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "New Random per iteration or seed ignored",
        "'{0}' {1}; create one Random, from the seed or the Random you were given, and draw every number from it",
        Rules.Categories.Dsa,
        DiagnosticSeverity.Warning,
        "A Random restarted with the same seed replays the same numbers, so a generator made inside a loop draws the same value on every pass; an unseeded one is wasteful and makes the run impossible to reproduce. Randomised katas take a seed or a Random so that tests can replay them: make one generator from it and reuse it.");

    private static readonly HashSet<string> PerItemMethods = new()
    {
        "ForEach", "ConvertAll", "FindAll", "RemoveAll", "TrueForAll", "Exists", "Find", "FindIndex", "FindLast", "FindLastIndex",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.ObjectCreation);
        context.RegisterOperationAction(AnalyzeShared, OperationKind.PropertyReference);
    }

    /// <summary>
    /// System.Random, known by its name: no lookup of the type in every referenced assembly at
    /// the start of each compilation, which costs a build more than the rule's whole work.
    /// </summary>
    private static bool IsSystemRandom(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Random", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    private static void Analyze(OperationAnalysisContext context)
    {
        if (context.Operation is not IObjectCreationOperation { Type: INamedTypeSymbol random } creation || !IsSystemRandom(random)) return;
        var syntax = creation.Syntax;
        if (syntax.ContainsDiagnostics) return;   // still being typed: new Random( ...
        var seed = creation.Arguments.Length > 0 ? creation.Arguments[0].Value : null;
        string? reason = null;
        Given? given = null;

        var loop = DsaCode.RepeatingLoop(syntax);
        if (loop is not null)
        {
            if (seed is null) reason = "runs on every pass of the loop: a fresh unseeded generator each time is wasteful, and no run can be reproduced";
            else if (!VariesInLoop(seed, loop, creation.SemanticModel)) reason = "runs on every pass of the loop with the same seed, so every pass draws the same numbers";
        }
        else if (PerItemLambda(creation) is var (lambda, method))
        {
            if (seed is null) reason = $"runs for every item of '{method}': a fresh unseeded generator per item is wasteful, and no run can be reproduced";
            else if (!VariesPerItem(seed, lambda)) reason = $"runs for every item of '{method}' with the same seed, so every item draws the same numbers";
        }
        else if (seed is null && GivenSource(creation, random) is { } source)
        {
            given = source;
            reason = source.Reason;
        }
        if (reason is null) return;
        var properties = given is { Fixable: true }
            ? ImmutableDictionary<string, string?>.Empty.Add(GivenProperty, given.Name).Add(GivenKindProperty, given.IsSeed ? SeedKind : RandomKind)
            : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(Rule, syntax.GetLocation(), properties, syntax.ToString(), reason));
    }

    /// <summary>
    /// <c>Random.Shared</c> in a function that was given a seed or a Random and uses neither to
    /// make one: the shared generator cannot be replayed. Only the function's own parameters
    /// count (a Random field of the type may be what Random.Shared is meant to fill, as in a
    /// constructor overload without a seed), and no code fix: the shared generator may be
    /// drawn from in a loop, where a new Random(seed) would be the other mistake.
    /// </summary>
    private static void AnalyzeShared(OperationAnalysisContext context)
    {
        if (context.Operation is not IPropertyReferenceOperation { Property: { Name: "Shared", IsStatic: true, ContainingType: { } random } } reference
            || !IsSystemRandom(random) || reference.Syntax.ContainsDiagnostics)
            return;
        // Stricter than for new Random(): the parameter must go unused altogether, so that
        // rng ?? Random.Shared and seed is int s ? new Random(s) : Random.Shared stay quiet.
        if (GivenToFunction(reference, random) is not { Function: { } function } given
            || function.DescendantNodes().OfType<IdentifierNameSyntax>().Any(id => id.Identifier.ValueText == given.Name))
            return;
        context.ReportDiagnostic(Diagnostic.Create(Rule, reference.Syntax.GetLocation(), reference.Syntax.ToString(), given.Reason));
    }

    /// <summary>Whether the seed takes another value on each pass: it reads something the loop declares or writes, or calls something.</summary>
    private static bool VariesInLoop(IOperation seed, StatementSyntax loop, SemanticModel? model)
    {
        if (model is null) return true;
        DataFlowAnalysis? flow;
        try
        {
            flow = model.AnalyzeDataFlow(loop);
        }
        catch (ArgumentException)
        {
            return true;
        }
        if (flow is null || !flow.Succeeded) return true;
        foreach (var part in seed.DescendantsAndSelf())
        {
            switch (part)
            {
                case IInvocationOperation or IIncrementOrDecrementOperation or IAssignmentOperation or IObjectCreationOperation:
                    return true;
                case ILocalReferenceOperation local when flow.WrittenInside.Contains(local.Local) || flow.VariablesDeclared.Contains(local.Local):
                    return true;
                case IParameterReferenceOperation parameter when flow.WrittenInside.Contains(parameter.Parameter):
                    return true;
            }
        }
        return false;
    }

    private static bool VariesPerItem(IOperation seed, IAnonymousFunctionOperation lambda)
    {
        foreach (var part in seed.DescendantsAndSelf())
        {
            switch (part)
            {
                case IInvocationOperation or IIncrementOrDecrementOperation or IAssignmentOperation or IObjectCreationOperation:
                    return true;
                case IParameterReferenceOperation parameter when SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol, lambda.Symbol):
                    return true;
                case ILocalReferenceOperation local when local.Local.DeclaringSyntaxReferences.Any(r => lambda.Syntax.Span.Contains(r.Span)):
                    return true;
            }
        }
        return false;
    }

    /// <summary>The lambda holding the creation, when it is run once per item by a LINQ operator or List/Array.ForEach and kin.</summary>
    private static (IAnonymousFunctionOperation Lambda, string Method)? PerItemLambda(IOperation creation)
    {
        for (var p = creation.Parent; p is not null; p = p.Parent)
        {
            if (p is ILocalFunctionOperation) return null;
            if (p is not IAnonymousFunctionOperation lambda) continue;
            var up = lambda.Parent;
            while (up is IDelegateCreationOperation or IConversionOperation) up = up.Parent;
            if (up is IArgumentOperation { Parent: IInvocationOperation invocation })
            {
                var method = invocation.TargetMethod;
                string? type = method.ContainingType?.ToDisplayString();
                if (type is "System.Linq.Enumerable" or "System.Linq.ParallelEnumerable"
                    || PerItemMethods.Contains(method.Name) && (type == "System.Array" || method.ContainingType?.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.List<T>"))
                    return (lambda, method.Name);
            }
            return null;   // only the innermost lambda decides
        }
        return null;
    }

    /// <summary>What an unseeded generator ignores: the reason for the message, and the seed or Random by name.</summary>
    private sealed class Given
    {
        public Given(string reason, string name, bool isSeed, bool fixable, SyntaxNode? function = null)
        {
            Reason = reason;
            Name = name;
            IsSeed = isSeed;
            Fixable = fixable;
            Function = function;
        }

        /// <summary>The function whose parameter it is; null for a field or property of the type.</summary>
        public SyntaxNode? Function { get; }

        public string Reason { get; }
        public string Name { get; }
        public bool IsSeed { get; }

        /// <summary>Whether <c>new Random(Name)</c> or <c>Name</c> can stand in for the creation as it is (an int seed, any Random).</summary>
        public bool Fixable { get; }
    }

    /// <summary>
    /// For an unseeded creation: what the code was given instead, a seed or a Random parameter of an
    /// enclosing function, or a Random field or property of the type (not the one being created).
    /// </summary>
    private static Given? GivenSource(IObjectCreationOperation creation, INamedTypeSymbol random)
    {
        if (GivenToFunction(creation, random) is { } fromFunction) return fromFunction;
        var container = EnclosingMember(creation);
        var type = container as INamedTypeSymbol ?? container?.ContainingType;
        if (type is null) return null;

        var assigned = AssignedMember(creation);
        bool staticContext = container is not INamedTypeSymbol && container?.IsStatic == true;
        // In a field or property initializer, another instance member is out of reach (CS0236).
        bool reachable = container is IMethodSymbol;
        foreach (var candidate in type.GetMembers())
        {
            if (candidate.IsImplicitlyDeclared || SymbolEqualityComparer.Default.Equals(candidate, assigned)) continue;
            if (staticContext && !candidate.IsStatic) continue;   // out of reach
            var memberType = candidate switch
            {
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                _ => null,
            };
            if (memberType is null) continue;
            if (SymbolEqualityComparer.Default.Equals(memberType, random))
                return new Given($"ignores the Random '{candidate.Name}' this type already holds: a second, unseeded generator cannot be replayed", candidate.Name, isSeed: false, fixable: reachable);
            if (candidate is IFieldSymbol && IsSeedName(candidate.Name) && IsIntegral(memberType))
                return new Given($"ignores the seed '{candidate.Name}' this type was given, so the results change from run to run", candidate.Name, isSeed: true, reachable && FitsInt(memberType));
        }
        return null;
    }

    /// <summary>A seed or Random parameter, unused for a generator, of a lambda, local function or member around <paramref name="operation"/>.</summary>
    private static Given? GivenToFunction(IOperation operation, INamedTypeSymbol random)
    {
        for (var p = operation.Parent; p is not null; p = p.Parent)
        {
            IMethodSymbol? function = p switch
            {
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                ILocalFunctionOperation local => local.Symbol,
                _ => null,
            };
            if (function is not null && GivenParameter(function, random, p.Syntax) is { } fromFunction) return fromFunction;
        }
        if (EnclosingMember(operation) is IMethodSymbol member)
        {
            foreach (var reference in member.DeclaringSyntaxReferences)
                if (reference.SyntaxTree == operation.Syntax.SyntaxTree && GivenParameter(member, random, reference.GetSyntax()) is { } fromMember)
                    return fromMember;
        }
        return null;
    }

    /// <summary>The member (method, constructor, field, type...) whose code holds <paramref name="operation"/>, past lambdas and local functions.</summary>
    private static ISymbol? EnclosingMember(IOperation operation)
    {
        var container = operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart);
        while (container is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction } inner) container = inner.ContainingSymbol;
        return container;
    }

    private static Given? GivenParameter(IMethodSymbol function, INamedTypeSymbol random, SyntaxNode body)
    {
        foreach (var parameter in function.Parameters)
        {
            if (SymbolEqualityComparer.Default.Equals(parameter.Type, random))
                return new Given($"ignores the Random '{parameter.Name}' you were given, so the results cannot be replayed", parameter.Name, isSeed: false, fixable: true, body);
            if (IsSeedName(parameter.Name) && IsIntegral(parameter.Type) && !SeedsFrom(body, parameter.Name))
                return new Given($"ignores the seed '{parameter.Name}' you were given, so the results change from run to run", parameter.Name, isSeed: true, FitsInt(parameter.Type), body);
        }
        return null;
    }

    /// <summary>A seed type that converts to int implicitly, as Random's constructor takes it.</summary>
    private static bool FitsInt(ITypeSymbol type) => type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_UInt16;

    /// <summary>
    /// Whether the function also makes a Random from the seed: the unseeded one is then a
    /// deliberate fallback (seed &lt; 0 meaning "any stream"), not the seed forgotten.
    /// </summary>
    private static bool SeedsFrom(SyntaxNode body, string seed) =>
        body.DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>().Any(creation =>
            creation.ArgumentList is { Arguments.Count: > 0 } arguments
            && arguments.Arguments[0].DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText == seed));

    /// <summary>The field or property the creation is stored into (initializer or assignment), if any.</summary>
    private static ISymbol? AssignedMember(IObjectCreationOperation creation)
    {
        var parent = creation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation) parent = parent.Parent;
        return parent switch
        {
            IFieldInitializerOperation field => field.InitializedFields.FirstOrDefault(),
            IPropertyInitializerOperation property => property.InitializedProperties.FirstOrDefault(),
            ISimpleAssignmentOperation { Target: IFieldReferenceOperation field } => field.Field,
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } => property.Property,
            ICoalesceAssignmentOperation { Target: IFieldReferenceOperation field } => field.Field,
            _ => null,
        };
    }

    private static bool IsSeedName(string name) => name.IndexOf("seed", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsIntegral(ITypeSymbol type) => type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
        or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_Int16 or SpecialType.System_UInt16;
}
