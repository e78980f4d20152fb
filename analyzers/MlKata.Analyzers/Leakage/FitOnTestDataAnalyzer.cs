using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using MlKata.Analyzers.Models;

namespace MlKata.Analyzers.Leakage;

/// <summary>MLK1301: <c>Fit</c> called with held-out data (<c>scaler.Fit(xTest)</c>, <c>model.Fit(xVal, yVal)</c>).</summary>
public sealed class FitOnTestDataAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1301";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Fit called on held-out data",
        "fit on held-out data: '{0}' is passed to {1}, so the test or validation rows shape the fitted model and its score is no longer an honest estimate; held-out data only goes through Transform or Predict",
        Rules.Categories.Leakage,
        DiagnosticSeverity.Warning,
        "Everything a pipeline learns (scaler means, vocabularies, weights) must come from the training split. Fitting on test or "
        + "validation data leaks it into the model, and the evaluation then measures how well the model remembers its test set.");

    private static readonly string[] OutputWords = { "pred", "preds", "prediction", "predictions", "score", "scores", "prob", "probs", "proba", "probability", "probabilities", "logit", "logits", "output", "outputs" };
    private static readonly string[] PostHocFragments = { "calibrat", "platt", "isotonic", "stack", "blend", "meta", "ensemble", "threshold" };

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
        var method = invocation.TargetMethod;
        if (!DataSplitNames.IsFitName(method.Name) || invocation.Syntax.ContainsDiagnostics) return;

        // Fit(x, y): the data set is the first argument (the receiver of an extension method excluded).
        int first = method.IsExtensionMethod ? 1 : 0;
        var data = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == first && a.ArgumentKind == ArgumentKind.Explicit);
        if (data is null || DataSplitNames.SideOf(data.Value, out var name) != SplitSide.Held || name is null) return;
        if (ModelCode.Words(name).Any(w => OutputWords.Contains(w))) return;
        if (IsPostHocModel(invocation)) return;
        if (ModelCode.IsTestCode(invocation.Syntax)) return;

        string call = invocation.Instance is { } receiver ? receiver.Syntax + "." + method.Name : method.Name;
        var properties = ImmutableDictionary<string, string?>.Empty;
        var additional = Array.Empty<Location>();
        if (TransformFor(method) is { } transform && NameOf(invocation.Syntax) is { } nameSyntax)
        {
            properties = properties.Add(Rules.Properties.Replacement, transform);
            additional = new[] { nameSyntax.GetLocation() };
        }
        context.ReportDiagnostic(Diagnostic.Create(Rule, data.Syntax.GetLocation(), additional, properties, data.Value.Syntax.ToString(), call));
    }

    /// <summary>
    /// For <c>FitTransform</c>: the name of a <c>Transform</c> on the same type taking the same
    /// parameters and returning the same type, which the code fix calls instead; else null.
    /// </summary>
    private static string? TransformFor(IMethodSymbol method)
    {
        if (method.IsExtensionMethod || !ModelCode.NormalizesTo(method.Name, "fittransform")) return null;
        string name = method.Name.Contains("_") ? "transform" : "Transform";
        for (var type = method.ContainingType; type is not null; type = type.BaseType)
        {
            foreach (var candidate in type.GetMembers(name).OfType<IMethodSymbol>())
            {
                if (candidate.IsStatic == method.IsStatic
                    && candidate.Parameters.Length == method.Parameters.Length
                    && candidate.Parameters.Zip(method.Parameters, (a, b) => SymbolEqualityComparer.Default.Equals(a.Type, b.Type)).All(same => same)
                    && SymbolEqualityComparer.Default.Equals(candidate.ReturnType, method.ReturnType))
                    return name;
            }
        }
        return null;
    }

    private static SyntaxNode? NameOf(SyntaxNode invocation) => invocation switch
    {
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } => member.Name,
        InvocationExpressionSyntax { Expression: SimpleNameSyntax simple } => simple,
        InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } => binding.Name,
        _ => null,
    };

    /// <summary>Calibrators and stacked models are fitted on held-out predictions on purpose.</summary>
    private static bool IsPostHocModel(IInvocationOperation invocation)
    {
        var names = new[]
        {
            invocation.TargetMethod.ContainingType?.Name,
            invocation.Instance is { } receiver ? ModelCode.RootName(receiver) : null,
            invocation.Instance?.Type?.Name,
        };
        return names.Any(n => n is not null && PostHocFragments.Any(f => ModelCode.Normalize(n).IndexOf(f, StringComparison.Ordinal) >= 0));
    }
}
