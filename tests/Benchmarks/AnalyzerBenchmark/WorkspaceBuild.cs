using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace MlKata.Benchmarks;

/// <summary>
/// What a kata workspace's build runs besides the compiler and MlKata: the analyzers and source
/// generators that the .NET SDK (its code-quality analyzers and the framework's generators)
/// and xunit (xunit.analyzers) add to every test project, with the configuration the SDK hands
/// them. MSBuild lists them when it builds this program (workspace-build.txt, written by the
/// .csproj from the same items it passes to csc, for a net10.0 project that references xunit,
/// as the workspace does), so the benchmark loads what a real build loads, from where it does.
/// </summary>
internal sealed class WorkspaceBuild
{
    private WorkspaceBuild(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<ISourceGenerator> generators,
        AnalyzerConfigOptionsProvider options, ImmutableDictionary<string, ReportDiagnostic> severities, IReadOnlyList<string> assemblies)
    {
        Analyzers = analyzers;
        Generators = generators;
        Options = options;
        Severities = severities;
        Assemblies = assemblies;
    }

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }
    public ImmutableArray<ISourceGenerator> Generators { get; }
    public AnalyzerConfigOptionsProvider Options { get; }
    /// <summary>Severities the SDK's global configuration sets (dotnet_diagnostic.ID.severity).</summary>
    public ImmutableDictionary<string, ReportDiagnostic> Severities { get; }
    public IReadOnlyList<string> Assemblies { get; }

    /// <summary>Loads the list MSBuild wrote beside this program; null and a reason when it cannot.</summary>
    public static WorkspaceBuild? Load(out string error)
    {
        string list = Path.Combine(AppContext.BaseDirectory, "workspace-build.txt");
        if (!File.Exists(list))
        {
            error = $"{list} is missing: build the benchmark with dotnet build or dotnet run, which writes it.";
            return null;
        }
        var paths = File.ReadAllLines(list).Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToList();
        var analyzerPaths = paths.Where(p => p[0] == "analyzer").Select(p => p[1]).Where(IsWorkspaceAnalyzer).Distinct().ToList();
        var configPaths = paths.Where(p => p[0] == "config").Select(p => p[1]).Where(IsWorkspaceConfig).Distinct().ToList();
        var missing = analyzerPaths.Concat(configPaths).FirstOrDefault(p => !File.Exists(p));
        if (missing is not null)
        {
            error = $"{missing}, listed in {list}, does not exist: rebuild the benchmark.";
            return null;
        }
        if (!analyzerPaths.Any(p => Path.GetFileName(p) == "xunit.analyzers.dll") || !analyzerPaths.Any(p => Path.GetFileName(p).Contains("NetAnalyzers")))
        {
            error = $"{list} names neither xunit.analyzers nor the SDK's NetAnalyzers: rebuild the benchmark.";
            return null;
        }

        var loader = new Loader(analyzerPaths);
        var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        var generators = ImmutableArray.CreateBuilder<ISourceGenerator>();
        foreach (var path in analyzerPaths)
        {
            var reference = new AnalyzerFileReference(path, loader);
            analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
            generators.AddRange(reference.GetGenerators(LanguageNames.CSharp));
        }

        var configs = configPaths.Select(p => AnalyzerConfig.Parse(SourceText.From(File.ReadAllText(p)), p)).ToList();
        var global = AnalyzerConfigSet.Create(configs).GlobalConfigOptions;
        error = "";
        return new WorkspaceBuild(analyzers.ToImmutable(), generators.ToImmutable(), new GlobalOptionsProvider(global.AnalyzerOptions),
            global.TreeOptions, analyzerPaths.Select(Path.GetFileNameWithoutExtension).ToList()!);
    }

    /// <summary>
    /// The compilation with the generators' output added, and the analyzers ready to run on it,
    /// as csc runs them: generators first, then the analyzers over the whole.
    /// </summary>
    public CompilationWithAnalyzers Prepare(CSharpCompilation compilation, ImmutableArray<DiagnosticAnalyzer> extra, out Compilation generated)
    {
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(Severities));
        var parseOptions = (CSharpParseOptions)compilation.SyntaxTrees.First().Options;
        CSharpGeneratorDriver.Create(Generators, additionalTexts: null, parseOptions, Options)
            .RunGeneratorsAndUpdateCompilation(compilation, out generated, out _);
        return generated.WithAnalyzers(Analyzers.AddRange(extra), new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], Options), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
    }

    // The SDK's and the framework's analyzers, and xunit's: not this program's own (the Roslyn
    // SDK's RS rules, which a workspace does not load).
    private static bool IsWorkspaceAnalyzer(string path)
    {
        string file = Path.GetFileName(path);
        return file == "xunit.analyzers.dll"
               || path.Contains("Microsoft.NETCore.App.Ref", StringComparison.Ordinal)
               || file.Contains("NetAnalyzers", StringComparison.Ordinal) && !file.Contains("VisualBasic", StringComparison.Ordinal);
    }

    // The SDK's analysis-level configuration and the build properties MSBuild hands analyzers
    // (target framework, supported platforms); not a .editorconfig of this repository.
    private static bool IsWorkspaceConfig(string path) =>
        Path.GetFileName(path) is var file
        && (file.StartsWith("analysislevel_", StringComparison.Ordinal) || file.EndsWith(".GeneratedMSBuildEditorConfig.editorconfig", StringComparison.Ordinal));

    /// <summary>Loads analyzer assemblies into the default context, their dependencies from beside them.</summary>
    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        private readonly Dictionary<string, string> byName = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Assembly> loaded = new(StringComparer.Ordinal);

        public Loader(IEnumerable<string> paths)
        {
            foreach (var path in paths) AddDependencyLocation(path);
            AssemblyLoadContext.Default.Resolving += (context, name) =>
                name.Name is { } simple && byName.TryGetValue(simple, out var path) ? LoadFromPath(path) : null;
        }

        public void AddDependencyLocation(string fullPath)
        {
            foreach (var dll in Directory.EnumerateFiles(Path.GetDirectoryName(fullPath)!, "*.dll"))
                byName.TryAdd(Path.GetFileNameWithoutExtension(dll), dll);
        }

        public Assembly LoadFromPath(string fullPath)
        {
            lock (loaded)
            {
                if (!loaded.TryGetValue(fullPath, out var assembly))
                    loaded[fullPath] = assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
                return assembly;
            }
        }
    }

    private sealed class GlobalOptionsProvider(ImmutableDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options options = new(values);

        public override AnalyzerConfigOptions GlobalOptions => options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);

            public override IEnumerable<string> Keys => values.Keys;
        }
    }
}
