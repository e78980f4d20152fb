// Assertions for kata tests whose failure messages teach: each names the call that was
// checked, the inputs it got, the expected and the actual value, and points to a hint in
// the kata's README without giving the answer away.
//
//   int[] yTrue = [1, 1, 0, 0], yPred = [1, 0, 1, 0];
//   Check.Given(yTrue, yPred).Hint(1).Near(0.5, BinaryMetrics.Precision(yTrue, yPred));
//
// fails with
//
//   BinaryMetrics.Precision(yTrue, yPred)
//     yTrue    = [1, 1, 0, 0]
//     yPred    = [1, 0, 1, 0]
//     expected: 0.5 (within 1e-09)
//     actual:   0.3333333333333333
//   Stuck? Read hint 1 in this kata's README.md.
using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace MlKata.Katas.Tests;

public static class Check
{
    /// <summary>Default tolerance for floating-point answers (absolute, or relative above 1).</summary>
    public const double Tolerance = 1e-9;

    private static int _abandoned;

    /// <summary>
    /// How many calls <see cref="Inputs.Within"/> gave up waiting for; they may still be running.
    /// Test runners read it to recycle a process that holds such a runaway call.
    /// </summary>
    public static int Abandoned => Volatile.Read(ref _abandoned);

    internal static void Abandon() => Interlocked.Increment(ref _abandoned);

    /// <summary>Records the inputs of a check, formatted now, before the call can mutate them.</summary>
    public static Inputs Given(
        object? a = null, object? b = null, object? c = null, object? d = null, object? e = null,
        [CallerArgumentExpression(nameof(a))] string aName = "",
        [CallerArgumentExpression(nameof(b))] string bName = "",
        [CallerArgumentExpression(nameof(c))] string cName = "",
        [CallerArgumentExpression(nameof(d))] string dName = "",
        [CallerArgumentExpression(nameof(e))] string eName = "")
    {
        var inputs = new List<(string, object?)>();
        void Add(string name, object? value)
        {
            if (name.Length > 0) inputs.Add((name, value));
        }
        Add(aName, a); Add(bName, b); Add(cName, c); Add(dName, d); Add(eName, e);
        return new Inputs(inputs);
    }

    /// <summary>Renders a value the way C# would write it: arrays as [1, 2], tuples as (1, 2).</summary>
    public static string Format(object? value) => Format(value, Shown);

    /// <summary>How many items of a sequence a message shows before "...".</summary>
    private const int Shown = 20;

    /// <summary>The same, with up to <paramref name="items"/> items of each sequence.</summary>
    internal static string Format(object? value, int items)
    {
        var text = new StringBuilder();
        Write(text, value, 0, items);
        return text.ToString();
    }

    internal static bool Close(double expected, double actual, double tolerance)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual)) return double.IsNaN(expected) && double.IsNaN(actual);
        if (double.IsInfinity(expected) || double.IsInfinity(actual)) return expected == actual;
        return Math.Abs(expected - actual) <= tolerance * Math.Max(1.0, Math.Abs(expected));
    }

    internal static bool DeepEqual(object? expected, object? actual)
    {
        if (expected is null || actual is null) return expected is null && actual is null;
        if (expected is double x && actual is double y) return x.Equals(y);
        if (expected is string || actual is string) return Equals(expected, actual);
        if (expected is Array ea && actual is Array aa && ea.Rank == 2 && aa.Rank == 2)
        {
            if (ea.GetLength(0) != aa.GetLength(0) || ea.GetLength(1) != aa.GetLength(1)) return false;
            for (int i = 0; i < ea.GetLength(0); i++)
                for (int j = 0; j < ea.GetLength(1); j++)
                    if (!DeepEqual(ea.GetValue(i, j), aa.GetValue(i, j))) return false;
            return true;
        }
        if (expected is IEnumerable es && actual is IEnumerable @as)
        {
            var el = es.Cast<object?>().ToList();
            var al = @as.Cast<object?>().ToList();
            return el.Count == al.Count && el.Zip(al, DeepEqual).All(same => same);
        }
        if (expected is ITuple et && actual is ITuple at)
        {
            if (et.Length != at.Length) return false;
            for (int i = 0; i < et.Length; i++)
                if (!DeepEqual(et[i], at[i])) return false;
            return true;
        }
        return Equals(expected, actual);
    }

    private static void Write(StringBuilder text, object? value, int depth, int items)
    {
        switch (value)
        {
            case null: text.Append("null"); return;
            case string s: text.Append('"').Append(s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\r", "\\r").Replace("\n", "\\n")).Append('"'); return;
            case char ch: text.Append('\'').Append(ch).Append('\''); return;
            case bool flag: text.Append(flag ? "true" : "false"); return;
            case double number: text.Append(FormatDouble(number)); return;
            case float number: text.Append(number.ToString("R", CultureInfo.InvariantCulture)).Append('f'); return;
            case IFormattable formattable when value.GetType().IsPrimitive || value is decimal:
                text.Append(formattable.ToString(null, CultureInfo.InvariantCulture)); return;
        }
        if (depth > 4) { text.Append("..."); return; }
        if (value is Array grid && grid.Rank == 2)
        {
            text.Append('[');
            for (int i = 0; i < grid.GetLength(0); i++)
            {
                if (i > 0) text.Append(", ");
                text.Append('[');
                for (int j = 0; j < grid.GetLength(1); j++)
                {
                    if (j > 0) text.Append(", ");
                    Write(text, grid.GetValue(i, j), depth + 1, items);
                }
                text.Append(']');
            }
            text.Append(']');
            return;
        }
        if (value is ITuple tuple)
        {
            text.Append('(');
            for (int i = 0; i < tuple.Length; i++)
            {
                if (i > 0) text.Append(", ");
                Write(text, tuple[i], depth + 1, items);
            }
            text.Append(')');
            return;
        }
        if (value is IDictionary map)
        {
            text.Append('{');
            bool first = true;
            foreach (DictionaryEntry entry in map)
            {
                if (!first) text.Append(", ");
                first = false;
                Write(text, entry.Key, depth + 1, items);
                text.Append(": ");
                Write(text, entry.Value, depth + 1, items);
            }
            text.Append('}');
            return;
        }
        if (value is IEnumerable and not (ICollection or Array) && !IsReadOnlyCollection(value))
        {
            // A lazy sequence: enumerating it to print it could consume it or count as a read.
            text.Append('<').Append(value.GetType().Name).Append('>');
            return;
        }
        if (value is IEnumerable sequence)
        {
            text.Append('[');
            int count = 0;
            foreach (var item in sequence)
            {
                if (count > 0) text.Append(", ");
                if (count == items) { text.Append("..."); break; }
                Write(text, item, depth + 1, items);
                count++;
            }
            text.Append(']');
            return;
        }
        text.Append(value);
    }

    private static bool IsReadOnlyCollection(object value) =>
        value.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyCollection<>));

    private static string FormatDouble(double number) =>
        double.IsNaN(number) ? "NaN"
        : double.IsPositiveInfinity(number) ? "+Infinity"
        : double.IsNegativeInfinity(number) ? "-Infinity"
        : number.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>The inputs of one check; see <see cref="Check.Given"/>.</summary>
public sealed class Inputs
{
    private readonly List<(string Name, object? Value)> _values;
    private readonly List<(string Name, string Text)> _snapshot;
    private int _hint;

    internal Inputs(List<(string Name, object? Value)> values)
    {
        _values = values;
        _snapshot = values.Select(v => (v.Name, Check.Format(v.Value))).ToList();
    }

    /// <summary>Which of the kata's hints (1-based) a failure points to.</summary>
    public Inputs Hint(int number)
    {
        _hint = number;
        return this;
    }

    /// <summary>Exact equality; arrays, lists, tuples and 2-D arrays compare element by element.</summary>
    public void Equal<T>(T expected, T actual, [CallerArgumentExpression(nameof(actual))] string call = "")
    {
        if (!Check.DeepEqual(expected, actual))
            Fail(call, $"expected: {Check.Format(expected)}", $"actual:   {Check.Format(actual)}");
    }

    /// <summary>A floating-point answer within <paramref name="tolerance"/>.</summary>
    public void Near(double expected, double actual, double tolerance = Check.Tolerance, [CallerArgumentExpression(nameof(actual))] string call = "")
    {
        if (!Check.Close(expected, actual, tolerance))
            Fail(call, $"expected: {Check.Format(expected)} (within {tolerance:0.#e+00})", $"actual:   {Check.Format(actual)}");
    }

    /// <summary>Each element within <paramref name="tolerance"/>.</summary>
    public void Near(double[]? expected, double[]? actual, double tolerance = Check.Tolerance, [CallerArgumentExpression(nameof(actual))] string call = "")
    {
        if (!SameShape(expected, actual, out var why) || !expected!.Zip(actual!, (e, a) => Check.Close(e, a, tolerance)).All(ok => ok))
            Fail(call, $"expected: {Check.Format(expected)} (each within {tolerance:0.#e+00})", $"actual:   {Check.Format(actual)}{why}");
    }

    /// <summary>Each element of each row within <paramref name="tolerance"/>.</summary>
    public void Near(double[][]? expected, double[][]? actual, double tolerance = Check.Tolerance, [CallerArgumentExpression(nameof(actual))] string call = "")
    {
        bool ok = SameShape(expected, actual, out var why);
        for (int i = 0; ok && i < expected!.Length; i++)
            ok = SameShape(expected[i], actual![i], out why) && expected[i].Zip(actual[i], (e, a) => Check.Close(e, a, tolerance)).All(same => same);
        if (!ok)
            Fail(call, $"expected: {Check.Format(expected)} (each within {tolerance:0.#e+00})", $"actual:   {Check.Format(actual)}{why}");
    }

    /// <summary>Each cell within <paramref name="tolerance"/>.</summary>
    public void Near(double[,]? expected, double[,]? actual, double tolerance = Check.Tolerance, [CallerArgumentExpression(nameof(actual))] string call = "")
    {
        bool ok = expected is not null && actual is not null
            && expected.GetLength(0) == actual.GetLength(0) && expected.GetLength(1) == actual.GetLength(1);
        for (int i = 0; ok && i < expected!.GetLength(0); i++)
            for (int j = 0; ok && j < expected.GetLength(1); j++)
                ok = Check.Close(expected[i, j], actual![i, j], tolerance);
        if (!ok)
            Fail(call, $"expected: {Check.Format(expected)} (each within {tolerance:0.#e+00})", $"actual:   {Check.Format(actual)}");
    }

    /// <summary>A property the answer must have, described in words for the failure message.</summary>
    public void That(bool holds, string property, object? actual = null, [CallerArgumentExpression(nameof(holds))] string condition = "")
    {
        if (!holds)
            Fail(condition, $"expected: {property}", actual is null ? "actual:   it does not hold" : $"actual:   {Check.Format(actual)}");
    }

    /// <summary>
    /// The call throws <typeparamref name="TException"/> (or a subclass); for argument
    /// exceptions, <paramref name="paramName"/> is the parameter it must name.
    /// </summary>
    public TException Throws<TException>(Action call, string? paramName = null, [CallerArgumentExpression(nameof(call))] string callText = "")
        where TException : Exception
    {
        string expected = $"expected: throws {typeof(TException).Name}" + (paramName is null ? "" : $" with ParamName \"{paramName}\"");
        try
        {
            call();
        }
        catch (TException thrown)
        {
            if (paramName is not null && thrown is ArgumentException argument && argument.ParamName != paramName)
                Fail(callText, expected, $"actual:   {thrown.GetType().Name} with ParamName {Check.Format(argument.ParamName)}: {thrown.Message}");
            return thrown;
        }
        catch (NotImplementedException)
        {
            throw;
        }
        catch (Exception other)
        {
            Fail(callText, expected, $"actual:   {other.GetType().Name}: {other.Message}");
        }
        Fail(callText, expected, "actual:   returned normally");
        return null!;
    }

    /// <summary>The call leaves every input of this check exactly as it was.</summary>
    public void Unchanged(Action call, [CallerArgumentExpression(nameof(call))] string callText = "")
    {
        // Every item, not only the ones a message shows: a write past them is a mutation too.
        var whole = _values.Select(v => Check.Format(v.Value, int.MaxValue)).ToList();
        call();
        for (int i = 0; i < _values.Count; i++)
        {
            var (name, value) = _values[i];
            if (Check.Format(value, int.MaxValue) == whole[i]) continue;
            string before = _snapshot[i].Text, after = Check.Format(value);
            if (after == before) after += " (an item past the ones shown changed)";
            Fail(callText, $"expected: {name} unchanged, {before}", $"actual:   {name} is now {after} (inputs must never be mutated; copy them)");
        }
    }

    /// <summary>
    /// The call finishes within <paramref name="budget"/>: a complexity bound, checked on an
    /// input where the required and the naive algorithm differ at least a hundredfold, with a
    /// budget at least twenty times what a correct solution needs.
    /// </summary>
    public void Within(TimeSpan budget, string complexity, Action call, [CallerArgumentExpression(nameof(call))] string callText = "")
    {
        Exception? thrown = null;
        var worker = new Thread(() =>
        {
            try { call(); }
            catch (Exception e) { thrown = e; }
        }, 64 * 1024 * 1024) { IsBackground = true };
        worker.Start();
        if (!worker.Join(budget))
        {
            Check.Abandon();
            Fail(callText, $"expected: finishes within {budget.TotalSeconds:0.##} s, which {complexity} does easily", "actual:   still running (an asymptotically slower algorithm?)");
        }
        if (thrown is not null)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(thrown).Throw();
    }

    private static bool SameShape(Array? expected, Array? actual, out string why)
    {
        why = "";
        if (expected is null || actual is null)
        {
            if (expected is null && actual is null) return true;
            why = actual is null ? " (null)" : "";
            return false;
        }
        if (expected.Length == actual.Length) return true;
        why = $" (length {actual.Length}, expected length {expected.Length})";
        return false;
    }

    private void Fail(string call, string expected, string actual)
    {
        var message = new StringBuilder(call);
        int width = _snapshot.Count == 0 ? 0 : _snapshot.Max(s => s.Name.Length);
        foreach (var (name, text) in _snapshot)
            message.Append("\n  ").Append(name.PadRight(width)).Append(" = ").Append(text);
        message.Append("\n  ").Append(expected).Append("\n  ").Append(actual);
        if (_hint > 0)
            message.Append($"\nStuck? Read hint {_hint} in this kata's README.md.");
        throw new XunitException(message.ToString());
    }
}
