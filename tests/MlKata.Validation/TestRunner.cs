using System.Reflection;
using System.Runtime.ExceptionServices;
using Xunit;
using Xunit.Sdk;

namespace MlKata.Validation;

/// <summary>The outcome of one test case (a fact, or one data row of a theory).</summary>
public sealed record TestOutcome(string Name, bool Passed, string? Failure);

/// <summary>
/// The outcomes of one assembly's tests. <see cref="Runaway"/>: a call was abandoned while still
/// running (a case over its time limit, or a complexity check that gave up waiting), so the
/// process that ran it should be recycled.
/// </summary>
public sealed record TestRun(List<TestOutcome> Outcomes, bool Runaway);

/// <summary>
/// Runs the xunit facts and theories of an in-memory assembly, in process: the subset of
/// xunit's semantics kata tests use (a fresh instance per case, InlineData and MemberData,
/// async tests, IDisposable), with a time limit per case so that a looping solution ends as a
/// failure instead of a hang.
/// </summary>
public static class TestRunner
{
    public static TimeSpan CaseTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <param name="support">The support files (Check, Watchdog, TreeNode...) compiled on their own, when the variant references them.</param>
    /// <param name="stopAtFirstFailure">Enough for a mistake: one failing test rejects it.</param>
    public static TestRun Run(byte[] image, byte[]? support = null, bool stopAtFirstFailure = false)
    {
        var context = new VariantLoadContext();
        try
        {
            if (support is not null) context.Support = context.LoadFromStream(new MemoryStream(support));
            var assembly = context.LoadFromStream(new MemoryStream(image));
            var check = assembly.GetType("MlKata.Katas.Tests.Check") ?? context.Support?.GetType("MlKata.Katas.Tests.Check");
            var abandoned = check?.GetProperty("Abandoned", BindingFlags.Public | BindingFlags.Static);
            int Abandoned() => abandoned?.GetValue(null) is int n ? n : 0;
            var outcomes = new List<TestOutcome>();
            foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true }).OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).OrderBy(m => m.MetadataToken))
                {
                    var fact = method.GetCustomAttribute<FactAttribute>();
                    if (fact is null || fact.Skip is not null) continue;
                    foreach (var (name, args) in Cases(type, method, fact))
                    {
                        var outcome = RunCase(type, method, name, args, out bool timedOut);
                        outcomes.Add(outcome);
                        if (timedOut || Abandoned() > 0 || stopAtFirstFailure && !outcome.Passed)
                            return new TestRun(outcomes, timedOut || Abandoned() > 0);
                    }
                }
            }
            return new TestRun(outcomes, false);
        }
        finally
        {
            context.Unload();
        }
    }

    private static IEnumerable<(string Name, object?[] Args)> Cases(Type type, MethodInfo method, FactAttribute fact)
    {
        string name = $"{type.Name}.{method.Name}";
        if (fact is not TheoryAttribute)
        {
            yield return (name, []);
            yield break;
        }
        foreach (var data in method.GetCustomAttributes<DataAttribute>())
        {
            foreach (var row in data.GetData(method))
                yield return ($"{name}({string.Join(", ", row.Select(Describe))})", row);
        }
    }

    private static TestOutcome RunCase(Type type, MethodInfo method, string name, object?[] args, out bool timedOut)
    {
        timedOut = false;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                object? instance = method.IsStatic ? null : Activator.CreateInstance(type);
                try
                {
                    var converted = Arguments(method.GetParameters(), args);
                    var result = method.Invoke(instance, converted);
                    if (result is Task task) task.GetAwaiter().GetResult();
                }
                finally
                {
                    (instance as IDisposable)?.Dispose();
                }
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                failure = e.InnerException;
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, maxStackSize: 16 * 1024 * 1024) { IsBackground = true, Name = name };
        thread.Start();
        if (!thread.Join(CaseTimeout))
        {
            timedOut = true;
            return new TestOutcome(name, false, $"did not finish within {CaseTimeout.TotalSeconds:0} s (an endless loop?)");
        }
        return failure is null
            ? new TestOutcome(name, true, null)
            : new TestOutcome(name, false, $"{failure.GetType().Name}: {failure.Message}");
    }

    /// <summary>Binds a data row as xunit does: optional parameters take their defaults, a params array collects the rest.</summary>
    private static object?[] Arguments(ParameterInfo[] parameters, object?[] row)
    {
        var bound = new object?[parameters.Length];
        for (int i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            bool isParams = i == parameters.Length - 1 && parameter.IsDefined(typeof(ParamArrayAttribute));
            if (isParams && !(row.Length == parameters.Length && (row[i] is null || parameter.ParameterType.IsInstanceOfType(row[i]))))
            {
                var element = parameter.ParameterType.GetElementType()!;
                var rest = Array.CreateInstance(element, Math.Max(0, row.Length - i));
                for (int j = i; j < row.Length; j++) rest.SetValue(Convert(row[j], element), j - i);
                bound[i] = rest;
            }
            else if (i < row.Length) bound[i] = Convert(row[i], parameter.ParameterType);
            else if (parameter.HasDefaultValue) bound[i] = parameter.DefaultValue;
            else throw new InvalidOperationException($"the data row has {row.Length} values for {parameters.Length} parameters");
        }
        return bound;
    }

    private static object? Convert(object? value, Type target)
    {
        if (value is null || target.IsInstanceOfType(value)) return value;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (value is IConvertible && underlying.IsPrimitive || underlying == typeof(decimal))
            return System.Convert.ChangeType(value, underlying, System.Globalization.CultureInfo.InvariantCulture);
        return value;
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Describe)) + "]",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
