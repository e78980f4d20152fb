using Microsoft.CodeAnalysis;

namespace MlKata.Analyzers;

/// <summary>What every MlKata rule shares: categories, help links and the descriptor shape.</summary>
public static class Rules
{
    public const string HelpLinkBase = "https://github.com/mlkata/mlkata/blob/main/docs/rules/";

    /// <summary>Categories, one per hundred of IDs: MLK10xx metrics, 11xx numerics, 12xx models, 13xx leakage, 14xx DSA.</summary>
    public static class Categories
    {
        public const string Metrics = "MlKata.Metrics";
        public const string Numerics = "MlKata.Numerics";
        public const string Models = "MlKata.Models";
        public const string Leakage = "MlKata.Leakage";
        public const string Dsa = "MlKata.DSA";
    }

    /// <summary>Properties a diagnostic carries for its code fix.</summary>
    public static class Properties
    {
        /// <summary>The name that replaces the term at the diagnostic's first additional location.</summary>
        public const string Replacement = "Replacement";
    }

    public static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLinkBase + id + ".md");
}
