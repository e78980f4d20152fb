using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Models;

/// <summary>
/// MLK1201: a gradient-descent step that moves the parameters along the gradient instead of
/// against it: <c>w[j] += learningRate * gradient[j]</c>, or a step whose error term is
/// oriented the other way (<c>error = y - p</c> then <c>w -= lr * gradient</c>).
/// </summary>
public sealed class GradientStepSignAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "MLK1201";

    public static readonly DiagnosticDescriptor Rule = Rules.Create(
        Id,
        "Gradient step added instead of subtracted",
        "gradient step climbs the loss: '{0}' {1}; a descent step moves the parameters against the gradient of the loss",
        Rules.Categories.Models,
        DiagnosticSeverity.Warning,
        "Gradient descent moves each parameter a small step against the gradient of the loss. A step that adds the gradient "
        + "(or subtracts a 'gradient' whose error was taken as target minus prediction, which is already the negative gradient) "
        + "climbs the loss, and training diverges.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.CompoundAssignment, OperationKind.SimpleAssignment);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        if (context.Operation.Syntax.ContainsDiagnostics) return;   // still being typed
        if (!TryGetStep(context.Operation, out var target, out var value, out int direction) || target is null || value is null) return;

        // Most updates add into an accumulator (sum += ..., total += ...): one name, read without
        // a copy, rules them out. Then the step must involve a learning rate, which means reading
        // every name in the value.
        var targetSymbol = ModelCode.RootSymbol(target);
        if (targetSymbol is null || ModelCode.HoldsAny(targetSymbol.Name, AccumulatorFragments)) return;
        if (!ReadsLearningRate(value)) return;
        if (IsAccumulatorName(targetSymbol.Name) || IsLearningRateName(targetSymbol.Name)) return;
        if (ModelCode.InMemberOrTypeNamed(context.Operation.Syntax, "ascent", "ascend", "maximi", "maximis", "likelihood", "reward", "policy")) return;

        var analysis = new SignAnalysis(OperationTools.Root(context.Operation));
        int? sign = analysis.GradientSign(value, 0);
        if (sign is null || sign.Value * direction != 1) return;

        string why = (analysis.UsedOrientation, direction) switch
        {
            (false, _) => "adds the gradient",
            (true, -1) => "subtracts a gradient built from target minus prediction, which already points downhill",
            _ => "adds a step built from prediction minus target, which points uphill",
        };
        context.ReportDiagnostic(Diagnostic.Create(Rule, context.Operation.Syntax.GetLocation(), context.Operation.Syntax.ToString(), why));
    }

    /// <summary>
    /// Whether <paramref name="operation"/> reads a variable, parameter, field or property named
    /// like a learning rate. Recursive without allocating; past a depth no step reaches it gives up.
    /// </summary>
    private static bool ReadsLearningRate(IOperation operation, int depth = 0)
    {
        switch (operation.Kind)
        {
            case OperationKind.LocalReference when IsLearningRateName(((ILocalReferenceOperation)operation).Local.Name):
            case OperationKind.ParameterReference when IsLearningRateName(((IParameterReferenceOperation)operation).Parameter.Name):
            case OperationKind.FieldReference when IsLearningRateName(((IFieldReferenceOperation)operation).Field.Name):
            case OperationKind.PropertyReference when operation is IPropertyReferenceOperation { Property: { IsIndexer: false } property } && IsLearningRateName(property.Name):
                return true;
        }
        if (depth >= 64) return false;
        foreach (var child in operation.ChildOperations)
            if (ReadsLearningRate(child, depth + 1)) return true;
        return false;
    }

    /// <summary><c>t += v</c>, <c>t -= v</c>, <c>t = t + v</c>, <c>t = v + t</c>, <c>t = t - v</c>; direction +1 adds v.</summary>
    private static bool TryGetStep(IOperation operation, out IOperation? target, out IOperation? value, out int direction)
    {
        target = null;
        value = null;
        direction = 0;
        switch (operation)
        {
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } add:
                (target, value, direction) = (add.Target, add.Value, 1);
                return true;
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract:
                (target, value, direction) = (subtract.Target, subtract.Value, -1);
                return true;
            case ISimpleAssignmentOperation simple when OperationTools.Unwrap(simple.Value) is IBinaryOperation binary:
                var targetSyntax = simple.Target.Syntax;
                bool Same(IOperation o) => OperationTools.Unwrap(o)?.Syntax is { } syntax && SyntaxFactory.AreEquivalent(syntax, targetSyntax, topLevel: false);
                if (binary.OperatorKind == BinaryOperatorKind.Add && Same(binary.LeftOperand))
                    (target, value, direction) = (simple.Target, binary.RightOperand, 1);
                else if (binary.OperatorKind == BinaryOperatorKind.Add && Same(binary.RightOperand))
                    (target, value, direction) = (simple.Target, binary.LeftOperand, 1);
                else if (binary.OperatorKind == BinaryOperatorKind.Subtract && Same(binary.LeftOperand))
                    (target, value, direction) = (simple.Target, binary.RightOperand, -1);
                return direction != 0;
            default:
                return false;
        }
    }

    internal static bool IsLearningRateName(string name)
    {
        // Every name below holds one of these, whatever its case: most names hold none, and are
        // answered in one pass over their letters, without building the normalised copy.
        if (name.IndexOf('_') < 0 && !ModelCode.HoldsAny(name, RateFragments)) return false;
        string n = ModelCode.Normalize(name);
        return n.Contains("learningrate") || n.Contains("learnrate") || n.Contains("stepsize")
            || n is "lr" or "eta" or "alpha" or "step" or "rate" or "lrate" || n.StartsWith("lr", StringComparison.Ordinal) && n.Length <= 4;
    }

    private static readonly string[] RateFragments = { "rate", "step", "lr", "eta", "alpha" };

    private static readonly string[] GradFragment = { "grad" };
    private static readonly string[] ErrorFragments = { "err", "resid", "diff" };

    private static readonly string[] AccumulatorFragments =
    {
        "grad", "velocity", "momentum", "moment", "cache", "accum", "sum", "total", "loss", "error", "residual", "delta", "count", "hist", "score", "square", "sq", "norm",
    };

    private static bool IsAccumulatorName(string name)
    {
        string n = ModelCode.Normalize(name);
        return AccumulatorFragments.Any(f => n.Contains(f)) || n is "v" or "m" or "s" or "g" or "dw" or "db";
    }

    /// <summary>Names of the gradient itself: <c>gradient</c>, <c>grad</c>, <c>biasGradient</c>, <c>dW</c>, <c>dw</c>, <c>db</c>.</summary>
    internal static bool IsGradientName(string name)
    {
        // Without '_' (which takes the long way), a gradient's name holds "grad" or is a short d-name.
        if (name.IndexOf('_') < 0 && !ModelCode.HoldsAny(name, GradFragment) && !(name.Length is > 0 and <= 8 && (name[0] | 0x20) == 'd')) return false;
        string n = ModelCode.Normalize(name);
        if (n.Contains("neg") || n.Contains("ascent") || n.Contains("likelihood") || n.Contains("loglik") || n.Contains("reward")
            || n.Contains("logprob") || n.Contains("logpi") || n.Contains("advantage") || n.Contains("direction") || n.Contains("norm")
            || n.Contains("clip") || n.Contains("sq") || n.Contains("square"))
            return false;
        return n.Contains("grad") || n is "dw" or "db" or "dweights" or "dbias" or "dtheta" or "dweight";
    }

    /// <summary>Names of an error term: <c>error</c>, <c>err</c>, <c>residual</c>, <c>diff</c>, <c>e</c>.</summary>
    private static bool IsErrorName(string name)
    {
        if (name.IndexOf('_') < 0 && name is not ("e" or "E") && !ModelCode.HoldsAny(name, ErrorFragments)) return false;
        string n = ModelCode.Normalize(name);
        return n.Contains("error") || n.Contains("residual") || n is "err" or "e" or "diff" or "difference" or "resid";
    }

    /// <summary>Names of the ground truth: <c>y</c>, <c>yTrue</c>, <c>target</c>, <c>label</c>, <c>rating</c>...</summary>
    private static bool IsTargetName(string name)
    {
        // Every name below starts with one of these letters (names with '_' take the long way).
        if (name.Length == 0 || name.IndexOf('_') < 0 && (name[0] | 0x20) is not ('y' or 't' or 'l' or 'r' or 'a' or 'g' or 'e' or 'o')) return false;
        string n = ModelCode.Normalize(name);
        return n is "y" or "ytrue" or "ys" or "ytrain" or "yi" or "target" or "targets" or "label" or "labels" or "rating" or "ratings"
            or "actual" or "actuals" or "truth" or "groundtruth" or "expected" or "observed";
    }

    /// <summary>
    /// The sign, relative to the gradient of the loss, of the gradient term in a step:
    /// +1 when the expression points uphill (the gradient itself, or prediction − target),
    /// −1 when it points downhill, 0 when unclear, null when no such term is recognised.
    /// </summary>
    private sealed class SignAnalysis
    {
        private readonly IOperation _root;
        private readonly HashSet<ISymbol> _visiting = new(SymbolEqualityComparer.Default);

        public SignAnalysis(IOperation root) => _root = root;

        /// <summary>Whether an error oriented as target − prediction (or the reverse) decided the sign.</summary>
        public bool UsedOrientation { get; private set; }

        public int? GradientSign(IOperation? operation, int depth)
        {
            if (depth > 12) return 0;
            operation = OperationTools.Unwrap(operation);
            switch (operation)
            {
                case null:
                    return null;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } product:
                {
                    int? left = GradientSign(product.LeftOperand, depth + 1), right = GradientSign(product.RightOperand, depth + 1);
                    if (left is not null && right is not null) return 0;
                    if (left is not null) return left * ConstantSign(product.RightOperand);
                    if (right is not null) return product.OperatorKind == BinaryOperatorKind.Divide ? 0 : right * ConstantSign(product.LeftOperand);
                    return null;
                }
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } sum:
                {
                    if (sum.OperatorKind == BinaryOperatorKind.Subtract && Orientation(sum) is int oriented)
                    {
                        UsedOrientation = true;
                        return oriented;
                    }
                    int? left = GradientSign(sum.LeftOperand, depth + 1), right = GradientSign(sum.RightOperand, depth + 1);
                    if (sum.OperatorKind == BinaryOperatorKind.Subtract) right = -right;
                    if (left is not null && right is not null) return left == right ? left : 0;
                    return left ?? right;
                }
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus } plus:
                    return GradientSign(plus.Operand, depth + 1);
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } minus:
                    return -GradientSign(minus.Operand, depth + 1);
                case IInvocationOperation invocation:
                    return IsGradientName(invocation.TargetMethod.Name) ? 1 : null;
                case ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation or IArrayElementReferenceOperation:
                {
                    var symbol = ModelCode.RootSymbol(operation);
                    if (symbol is null) return null;
                    if (IsGradientName(symbol.Name)) return WrittenSign(symbol, depth, gradient: true);
                    if (IsErrorName(symbol.Name) && WrittenSign(symbol, depth, gradient: false) is int error)
                    {
                        UsedOrientation = true;
                        return error;
                    }
                    return null;
                }
                default:
                    return null;
            }
        }

        /// <summary>
        /// The sign of what a gradient or error variable holds, from its writes in the member:
        /// a gradient is +1 unless its writes show an error oriented target − prediction; an
        /// error has the orientation of its writes, or null when none shows one.
        /// </summary>
        private int? WrittenSign(ISymbol symbol, int depth, bool gradient)
        {
            if (!_visiting.Add(symbol)) return gradient ? 1 : null;
            try
            {
                int? sign = null;
                bool conflict = false;
                foreach (var (value, factor) in Writes(symbol))
                {
                    int? written = OrientationIn(value, depth + 1);
                    if (written is null || written == 0) continue;
                    written *= factor;
                    if (sign is null) sign = written;
                    else if (sign != written) conflict = true;
                }
                if (conflict) return 0;
                if (gradient)
                {
                    if (sign == -1) UsedOrientation = true;
                    return sign ?? 1;
                }
                return sign;
            }
            finally
            {
                _visiting.Remove(symbol);
            }
        }

        /// <summary>The values written into <paramref name="symbol"/> in the member, with −1 for <c>-=</c>, in the order of the code.</summary>
        private IEnumerable<(IOperation Value, int Factor)> Writes(ISymbol symbol) =>
            WriteIndex.GetValue(_root, BuildWrites).TryGetValue(symbol, out var writes) ? writes : Enumerable.Empty<(IOperation, int)>();

        /// <summary>
        /// Every write in a member, by the variable written: one walk of the member for all the
        /// steps in it, instead of one for each gradient variable of each step.
        /// </summary>
        private static readonly ConditionalWeakTable<IOperation, Dictionary<ISymbol, List<(IOperation Value, int Factor)>>> WriteIndex = new();

        private static Dictionary<ISymbol, List<(IOperation Value, int Factor)>> BuildWrites(IOperation root)
        {
            var writes = new Dictionary<ISymbol, List<(IOperation Value, int Factor)>>(SymbolEqualityComparer.Default);
            void Add(ISymbol? symbol, IOperation value, int factor)
            {
                if (symbol is null) return;
                if (!writes.TryGetValue(symbol, out var list)) writes[symbol] = list = new List<(IOperation, int)>();
                list.Add((value, factor));
            }
            foreach (var operation in OperationTools.Subtree(root))
            {
                switch (operation.Kind)
                {
                    case OperationKind.VariableDeclarator when operation is IVariableDeclaratorOperation { Initializer.Value: { } initial } declarator:
                        Add(declarator.Symbol, initial, 1);
                        break;
                    case OperationKind.SimpleAssignment:
                        var simple = (ISimpleAssignmentOperation)operation;
                        Add(ModelCode.RootSymbol(simple.Target), simple.Value, 1);
                        break;
                    case OperationKind.CompoundAssignment when operation is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } compound:
                        Add(ModelCode.RootSymbol(compound.Target), compound.Value, compound.OperatorKind == BinaryOperatorKind.Add ? 1 : -1);
                        break;
                }
            }
            return writes;
        }

        /// <summary>The orientation of the error terms in <paramref name="operation"/>: +1 prediction − target, −1 target − prediction.</summary>
        private int? OrientationIn(IOperation? operation, int depth)
        {
            if (depth > 12) return null;
            operation = OperationTools.Unwrap(operation);
            switch (operation)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } product:
                {
                    int? left = OrientationIn(product.LeftOperand, depth + 1), right = OrientationIn(product.RightOperand, depth + 1);
                    if (left is not null && right is not null) return 0;
                    if (left is not null) return left * ConstantSign(product.RightOperand);
                    if (right is not null) return product.OperatorKind == BinaryOperatorKind.Divide ? 0 : right * ConstantSign(product.LeftOperand);
                    return null;
                }
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } sum:
                {
                    if (sum.OperatorKind == BinaryOperatorKind.Subtract && Orientation(sum) is int oriented) return oriented;
                    int? left = OrientationIn(sum.LeftOperand, depth + 1), right = OrientationIn(sum.RightOperand, depth + 1);
                    if (sum.OperatorKind == BinaryOperatorKind.Subtract) right = -right;
                    if (left is not null && right is not null) return left == right ? left : 0;
                    return left ?? right;
                }
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } minus:
                    return -OrientationIn(minus.Operand, depth + 1);
                case ILocalReferenceOperation local when IsErrorName(local.Local.Name):
                    return WrittenSign(local.Local, depth, gradient: false);
                default:
                    return null;
            }
        }

        /// <summary><c>prediction − y</c> → +1, <c>y − prediction</c> → −1, else null.</summary>
        private static int? Orientation(IBinaryOperation difference)
        {
            bool left = IsTarget(difference.LeftOperand), right = IsTarget(difference.RightOperand);
            if (left == right) return null;
            return right ? 1 : -1;
        }

        private static bool IsTarget(IOperation operand)
        {
            var unwrapped = OperationTools.Unwrap(operand);
            if (unwrapped is IInvocationOperation) return false;
            return ModelCode.RootName(unwrapped) is { } name && IsTargetName(name);
        }

        /// <summary>
        /// The sign of a factor that holds no gradient: constants count with their sign, a
        /// negation flips, products and quotients multiply; anything else (a learning rate,
        /// a feature value, a sample count) is taken as positive.
        /// </summary>
        private static int ConstantSign(IOperation? operand, int depth = 0)
        {
            var unwrapped = OperationTools.Unwrap(operand);
            if (unwrapped is null || depth > 12) return 1;
            if (unwrapped.ConstantValue is { HasValue: true, Value: { } value } && value is double or float or int or long or short or decimal)
            {
                double number = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                return number < 0 ? -1 : 1;
            }
            return unwrapped switch
            {
                IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } minus => -ConstantSign(minus.Operand, depth + 1),
                IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } product =>
                    ConstantSign(product.LeftOperand, depth + 1) * ConstantSign(product.RightOperand, depth + 1),
                _ => 1,
            };
        }
    }
}
