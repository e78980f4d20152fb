using MlKata.Validation;

namespace MlKata.Katas.Tests;

/// <summary>
/// Every folder under katas/ with a kata.json is validated, so a new kata needs no new test
/// code. The katas are validated once, in parallel; each is then reported as its own case.
/// </summary>
public class KataValidationTests
{
    public static readonly ValidatorOptions BuiltInRules = new()
    {
        MinimumHints = 3,
        MinimumMistakes = 3,
        DisplayRoot = Repo.Root,
    };

    private static readonly Lazy<IReadOnlyDictionary<string, KataReport>> Reports = new(() =>
    {
        using var validator = new KataValidator(BuiltInRules);
        return validator.ValidateAll(Repo.Katas).ToDictionary(r => Name(r.Directory));
    });

    public static TheoryData<string> Katas()
    {
        var data = new TheoryData<string>();
        foreach (var dir in KataValidator.Discover(Repo.Katas)) data.Add(Name(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Katas))]
    public void Kata_is_valid(string kata)
    {
        var report = Reports.Value[kata];
        Assert.True(report.Ok, report.Describe(kata));
    }

    [Fact]
    public void Katas_folder_holds_katas()
    {
        Assert.Contains("ml/binary-metrics", Reports.Value.Keys);
    }

    private static string Name(string dir) => KataValidator.KataName(Repo.Katas, dir);
}
