using MlKata.Validation;

namespace MlKata.Katas.Tests;

/// <summary>
/// The validator rejects each kind of broken kata, naming the file, the line where there is
/// one, and the field. Each test copies binary-metrics into a scratch folder and breaks it.
/// </summary>
public sealed class ValidatorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mlkata-validator-" + Guid.NewGuid().ToString("N"));
    private readonly string _kata;

    public ValidatorTests()
    {
        _kata = Path.Combine(_root, "katas", "ml", "binary-metrics");
        Copy(Path.Combine(Repo.Katas, "ml", "binary-metrics"), _kata);
        Copy(Path.Combine(Repo.Katas, "support"), Path.Combine(_root, "katas", "support"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private KataReport Validate()
    {
        using var validator = new KataValidator(new ValidatorOptions { DisplayRoot = _root, MinimumMistakes = 3, MinimumHints = 3 });
        return validator.Validate(_kata);
    }

    private string File(string relative) => Path.Combine(_kata, relative);

    private void Edit(string relative, Func<string, string> change)
    {
        string before = System.IO.File.ReadAllText(File(relative));
        string after = change(before);
        Assert.NotEqual(before, after);
        System.IO.File.WriteAllText(File(relative), after);
    }

    private static Problem Single(KataReport report, Func<Problem, bool> match)
    {
        var found = report.Problems.Where(match).ToList();
        Assert.True(found.Count == 1, $"expected one matching problem, got:\n{string.Join("\n", report.Problems)}");
        return found[0];
    }

    [Fact]
    public void The_untouched_copy_is_valid()
    {
        var report = Validate();
        Assert.True(report.Ok, string.Join("\n", report.Problems));
        int alternatives = Directory.Exists(File(".meta/alternatives")) ? Directory.GetFiles(File(".meta/alternatives"), "*.cs").Length : 0;
        // the stub, the reference, each alternative and each mistake
        Assert.Equal(2 + alternatives + Directory.GetFiles(File(".meta/mistakes"), "*.cs").Length, report.Variants);
    }

    [Fact]
    public void Invalid_json_names_the_file_and_line()
    {
        Edit("kata.json", s => s.Replace("\"title\": \"Binary classification metrics\",", "\"title\": \"Binary classification metrics\""));
        var problem = Single(Validate(), p => p.File == "katas/ml/binary-metrics/kata.json");
        Assert.Contains("not valid JSON", problem.Message);
        Assert.Equal(4, problem.Line);
    }

    [Fact]
    public void A_missing_field_is_named_with_the_file()
    {
        Edit("kata.json", s => s.Replace("\"summary\":", "\"summery\":"));
        var report = Validate();
        var missing = Single(report, p => p.Field == "summary");
        Assert.Equal("katas/ml/binary-metrics/kata.json: field \"summary\" is missing", missing.ToString());
        var unknown = Single(report, p => p.Field == "summery");
        Assert.Equal(9, unknown.Line);
        Assert.Contains("not a known field", unknown.Message);
    }

    [Theory]
    [InlineData("\"difficulty\": \"easy\"", "\"difficulty\": \"trivial\"", "difficulty", "not one of: easy, medium, hard")]
    [InlineData("\"minutes\": 20", "\"minutes\": \"twenty\"", "minutes", "whole number of minutes")]
    [InlineData("\"type\": \"BinaryMetrics\"", "\"type\": \"binary metrics\"", "type", "PascalCase")]
    [InlineData("\"slug\": \"binary-metrics\"", "\"slug\": \"Binary_Metrics\"", "slug", "lowercase words")]
    [InlineData("\"diagnostics\": [\"MLK1001\"", "\"diagnostics\": [\"MLK9999\"", "diagnostics", "not a rule")]
    public void A_bad_field_value_is_named(string from, string to, string field, string message)
    {
        Edit("kata.json", s => s.Replace(from, to));
        var problem = Single(Validate(), p => p.Field == field && p.Message.Contains(message));
        Assert.Equal("katas/ml/binary-metrics/kata.json", problem.File);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void A_rule_that_a_mistake_expects_must_be_listed_in_kata_json()
    {
        Edit("kata.json", s => s.Replace("\"diagnostics\": [\"MLK1001\", ", "\"diagnostics\": ["));
        var problem = Single(Validate(), p => p.Field == "diagnostics");
        Assert.Equal("does not list MLK1001, which precision-over-actual-positives.cs expects; list every rule that watches this kata", problem.Message);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void An_alternative_that_fails_a_test_is_rejected()
    {
        Directory.CreateDirectory(File(".meta/alternatives"));
        System.IO.File.WriteAllText(File(".meta/alternatives/broken.cs"), System.IO.File.ReadAllText(File(".meta/Reference.cs"))
            .Replace("return (double)(tp + tn) / (tp + fp + fn + tn);", "return (double)(tp + tn) / (tp + fp + fn);"));
        var problem = Validate().Problems.First(p => p.File.EndsWith("broken.cs"));
        Assert.Contains("fails test BinaryMetricsTests.Accuracy_is_the_share_of_right_predictions", problem.Message);
    }

    [Fact]
    public void A_slug_that_differs_from_its_folder_is_rejected()
    {
        Edit("kata.json", s => s.Replace("\"slug\": \"binary-metrics\"", "\"slug\": \"binary-metric\""));
        Assert.Contains("must match the folder name", Single(Validate(), p => p.Field == "slug").Message);
    }

    [Fact]
    public void A_stub_that_passes_a_test_is_rejected()
    {
        Edit("BinaryMetrics.cs", s => s.Replace(
            "public static double Accuracy(int[] yTrue, int[] yPred) =>\n        throw new NotImplementedException(\"The binary-metrics kata is not implemented yet: write BinaryMetrics.Accuracy.\");",
            "public static double Accuracy(int[] yTrue, int[] yPred) => 0.625;"));
        var problem = Single(Validate(), p => p.Message.Contains("passes on the stub"));
        Assert.Contains("Accuracy_is_the_share_of_right_predictions", problem.Message);
        Assert.Equal("katas/ml/binary-metrics/BinaryMetricsTests.cs", problem.File);
    }

    [Fact]
    public void A_stub_that_does_not_compile_names_file_and_line()
    {
        Edit("BinaryMetrics.cs", s => s.Replace("public static double Recall(", "public static double Recall(int"));
        var report = Validate();
        var problem = report.Problems.First(p => p.Message.StartsWith("does not compile"));
        Assert.Equal("katas/ml/binary-metrics/BinaryMetrics.cs", problem.File);
        Assert.Equal(15, problem.Line);
    }

    [Fact]
    public void A_reference_that_fails_a_test_is_rejected()
    {
        Edit(".meta/Reference.cs", s => s.Replace("return (double)(tp + tn) / (tp + fp + fn + tn);", "return (double)(tp + tn) / (tp + fp + fn);"));
        var problem = Validate().Problems.First(p => p.File.EndsWith("Reference.cs"));
        Assert.Equal("katas/ml/binary-metrics/.meta/Reference.cs", problem.File);
        Assert.Contains("fails test BinaryMetricsTests.Accuracy_is_the_share_of_right_predictions", problem.Message);
        Assert.Contains("expected: 0.625", problem.Message);
    }

    [Fact]
    public void A_reference_that_raises_a_hint_is_rejected()
    {
        Edit(".meta/Reference.cs", s => s.Replace(
            "var (tp, fp, _, _) = ConfusionCounts(yTrue, yPred);\n        return Ratio(tp, tp + fp);",
            "var (tp, fp, fn, _) = ConfusionCounts(yTrue, yPred);\n        return tp == 0 && fp == 0 ? 0 : (double)tp / (tp + fp) + 0 * ((double)tp / (tp + fn));"));
        var problem = Single(Validate(), p => p.Message.Contains("must raise no hint"));
        Assert.Contains("MLK1001", problem.Message);
        Assert.Equal("katas/ml/binary-metrics/.meta/Reference.cs", problem.File);
    }

    [Fact]
    public void A_mistake_that_no_test_rejects_is_rejected()
    {
        System.IO.File.Copy(File(".meta/Reference.cs"), File(".meta/mistakes/not-a-mistake.cs"));
        Edit(".meta/mistakes/not-a-mistake.cs", s => "// Mistake: none at all.\n// Expect: none\n" + s);
        var problem = Single(Validate(), p => p.File.EndsWith("not-a-mistake.cs"));
        Assert.Equal("passes every test; add a test that rejects this mistake", problem.Message);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void A_mistake_must_raise_exactly_the_diagnostics_its_header_names()
    {
        Edit(".meta/mistakes/precision-over-actual-positives.cs", s => s.Replace("// Expect: MLK1001", "// Expect: MLK1002"));
        var problems = Validate().Problems.Where(p => p.File.EndsWith("precision-over-actual-positives.cs")).Select(p => p.Message).ToList();
        Assert.Contains("expects MLK1002, but the analyzers do not raise it", problems);
        Assert.Contains(problems, m => m.StartsWith("raises MLK1001"));
    }

    [Fact]
    public void A_mistake_without_a_header_is_rejected()
    {
        Edit(".meta/mistakes/zero-division-nan.cs", s => s.Replace("// Expect: none\n", ""));
        Assert.Contains("no header line", Single(Validate(), p => p.File.EndsWith("zero-division-nan.cs")).Message);
    }

    [Fact]
    public void Too_few_mistakes_and_hints_are_reported()
    {
        foreach (var file in Directory.GetFiles(File(".meta/mistakes")).Skip(2)) System.IO.File.Delete(file);
        Edit("kata.json", s => s.Replace("\"Count the four outcomes once, in one pass over both arrays, and build every metric from those counts.\",", ""));
        var report = Validate();
        Assert.Contains(report.Problems, p => p.Message == "holds 2 mistake files; at least 3 expected");
        Assert.Contains(report.Problems, p => p.Field == "hints" && p.Message.StartsWith("has 2 hints"));
    }

    [Fact]
    public void A_looping_mistake_fails_by_timeout_instead_of_hanging()
    {
        System.IO.File.Copy(File(".meta/Reference.cs"), File(".meta/mistakes/loops.cs"));
        Edit(".meta/mistakes/loops.cs", s => "// Mistake: loops forever.\n// Expect: none\n" + s.Replace(
            "public static double Accuracy(int[] yTrue, int[] yPred)\n    {",
            "public static double Accuracy(int[] yTrue, int[] yPred)\n    {\n        while (yTrue.Length > 0) { }"));
        var report = Validate();
        Assert.True(report.Ok, string.Join("\n", report.Problems));
    }

    [Fact]
    public void Two_katas_with_one_slug_or_type_are_both_reported()
    {
        string twin = Path.Combine(_root, "katas", "dsa", "binary-metrics");
        Copy(_kata, twin);
        System.IO.File.WriteAllText(Path.Combine(twin, "kata.json"), System.IO.File.ReadAllText(Path.Combine(twin, "kata.json")).Replace("\"track\": \"ml\"", "\"track\": \"dsa\""));
        using var validator = new KataValidator(new ValidatorOptions { DisplayRoot = _root });
        var reports = validator.ValidateAll(Path.Combine(_root, "katas"));
        Assert.Equal(2, reports.Count);
        foreach (var report in reports)
        {
            Assert.Contains(report.Problems, p => p.Field == "slug" && p.Message.Contains("is also used by"));
            Assert.Contains(report.Problems, p => p.Field == "type" && p.Message.Contains("is also used by"));
        }
    }

    [Fact]
    public void A_packs_kata_may_not_reuse_a_built_in_kata_slug_or_type()
    {
        // This copy of binary-metrics is valid on its own, but in a pack it would clash with the built-in kata.
        using var validator = new KataValidator(new ValidatorOptions { DisplayRoot = _root, ReservedKatas = BuiltInKatas.All });
        var report = validator.Validate(_kata);
        var type = Single(report, p => p.Field == "type");
        Assert.Equal("katas/ml/binary-metrics/kata.json", type.File);
        Assert.Equal(5, type.Line);
        Assert.Contains("\"BinaryMetrics\" is the type of the built-in kata ml/binary-metrics", type.Message);
        var slug = Single(report, p => p.Field == "slug");
        Assert.Equal(2, slug.Line);
        Assert.Contains("built-in kata ml/binary-metrics", slug.Message);
    }

    [Fact]
    public void The_built_in_katas_are_embedded_in_the_validator()
    {
        var onDisk = KataValidator.Discover(Repo.Katas).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal);
        Assert.Equal(onDisk, BuiltInKatas.All.Select(k => k.Slug).Order(StringComparer.Ordinal));
        Assert.Contains(BuiltInKatas.All, k => k is { Slug: "lru-cache", Type: "LruCache", Track: "dsa" });
    }

    [Fact]
    public void The_example_kata_of_the_pack_template_is_valid_in_a_pack()
    {
        // templates/pack is what `dotnet new mlkata-pack` scaffolds: its example must pass the very checks a pack runs.
        string katas = Path.Combine(Repo.Root, "templates", "pack", "katas");
        using var validator = new KataValidator(new ValidatorOptions { DisplayRoot = Repo.Root, ReservedKatas = BuiltInKatas.All });
        var reports = validator.ValidateAll(katas);
        Assert.NotEmpty(reports);
        foreach (var report in reports) Assert.True(report.Ok, string.Join("\n", report.Problems));
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }
    }
}
