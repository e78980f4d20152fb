using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MlKata.Validation;

/// <summary>The kit's own support sources, embedded from <c>katas/support</c> at build time.</summary>
public static class SupportFiles
{
    /// <summary>The files every workspace and every kata compilation gets, by file name.</summary>
    public static IReadOnlyDictionary<string, string> Always { get; } = new Dictionary<string, string>
    {
        // The assertion helper every kata's tests use.
        ["Check.cs"] = Read("Check.cs"),
        // Stops a test run that a looping kata would keep waiting forever.
        ["Watchdog.cs"] = Read("Watchdog.cs"),
    };

    private static string Read(string name)
    {
        using var stream = typeof(SupportFiles).Assembly.GetManifestResourceStream("MlKata.Support." + name)
            ?? throw new InvalidOperationException($"The validator was built without its embedded {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>The analyzers of the MlKata.Analyzers assembly.</summary>
public static class MlKataAnalyzers
{
    /// <summary>What a compiler loads from the package: the one host analyzer that runs every rule.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } = [new MlKata.Analyzers.MlKataAnalyzer()];

    /// <summary>Every rule as an analyzer of its own, for per-rule tests and timings.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Rules => MlKata.Analyzers.MlKataAnalyzer.Rules;
}
