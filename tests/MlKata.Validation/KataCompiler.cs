using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace MlKata.Validation;

/// <summary>
/// Compiles kata sources in memory the way a scaffolded workspace builds them: C# 12 (the
/// oldest SDK the kit supports), nullable on, the SDK's implicit usings plus <c>Xunit</c>.
/// </summary>
public sealed class KataCompiler
{
    /// <summary>The global usings of a workspace project (ImplicitUsings plus Xunit).</summary>
    public const string GlobalUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        global using global::Xunit;
        """;

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);
    private static readonly SyntaxTree GlobalUsingsTree = Parse(GlobalUsings, "GlobalUsings.g.cs");

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>Parses a file as UTF-8 text, as the compiler reads it (an encoding lets it emit debug information).</summary>
    public static SyntaxTree Parse(string text, string path) => Parse(SourceText.From(text, Encoding.UTF8), path);

    public static SyntaxTree Parse(SourceText text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    public static CSharpCompilation Create(string name, IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(
            name,
            trees.Prepend(GlobalUsingsTree),
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                optimizationLevel: OptimizationLevel.Debug,
                concurrentBuild: false));

    /// <summary>Emits the compilation; on errors returns null and the errors.</summary>
    public static byte[]? Emit(CSharpCompilation compilation, out IReadOnlyList<Diagnostic> errors)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return result.Success ? stream.ToArray() : null;
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var name
                        && (name.StartsWith("System.", StringComparison.Ordinal)
                            || name.StartsWith("Microsoft.", StringComparison.Ordinal) && !name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
                            || name is "netstandard.dll" or "mscorlib.dll"))
            .Where(p => Path.GetDirectoryName(p) == Path.GetDirectoryName(typeof(object).Assembly.Location))
            .Concat(new[] { typeof(Xunit.Assert), typeof(Xunit.FactAttribute), typeof(Xunit.Abstractions.ITestOutputHelper) }.Select(t => t.Assembly.Location))
            .Distinct();
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }
}

/// <summary>
/// A collectible load context for one compiled variant and its own copy of the support assembly
/// (so that Check's static state starts fresh); xunit and the BCL come from the host.
/// </summary>
internal sealed class VariantLoadContext() : AssemblyLoadContext(isCollectible: true)
{
    public Assembly? Support { get; set; }

    protected override Assembly? Load(AssemblyName assemblyName) =>
        Support is not null && AssemblyName.ReferenceMatchesDefinition(assemblyName, Support.GetName()) ? Support : null;
}
