using System.Reflection;
using MlKata.Validation;
using Xunit;

namespace Contoso.Katas.Tests;

/// <summary>
/// Every folder under katas/ with a kata.json is validated by MlKata's validator, so a new kata
/// needs no test code of its own: its reference must pass every test, its stub fail every test,
/// each of its mistakes fail one, and no slug or type may clash with another kata or a built-in one.
/// </summary>
public class KataTests
{
    private static readonly string KatasFolder = Path.GetFullPath(typeof(KataTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "MlKataKatas").Value!);

    private static readonly ValidatorOptions Rules = new()
    {
        MinimumHints = 1,
        MinimumMistakes = 1,
        ReservedKatas = BuiltInKatas.All,
        DisplayRoot = Path.GetDirectoryName(KatasFolder)!,
    };

    private static readonly Lazy<IReadOnlyList<KataReport>> Reports = new(() =>
    {
        using var validator = new KataValidator(Rules);
        return validator.ValidateAll(KatasFolder);
    });

    public static TheoryData<string> Katas()
    {
        var data = new TheoryData<string>();
        foreach (var dir in KataValidator.Discover(KatasFolder)) data.Add(Name(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Katas))]
    public void Kata_is_valid(string kata)
    {
        var report = Reports.Value.Single(r => Name(r.Directory) == kata);
        Assert.True(report.Ok, report.Describe(kata));
    }

    [Fact]
    public void The_pack_holds_katas() => Assert.NotEmpty(KataValidator.Discover(KatasFolder));

    private static string Name(string dir) => KataValidator.KataName(KatasFolder, dir);
}
