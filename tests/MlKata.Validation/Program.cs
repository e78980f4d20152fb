using MlKata.Validation;

// mlkata-validate [--min-hints N] [--min-mistakes N] <kata folder | folder of katas>...
// Validates each kata (a folder with kata.json) or every kata under a folder, prints one line
// per kata and every problem as "file(line): field "x" message", and exits 1 on any problem.
if (args is ["--worker"]) return TestWorkers.Serve();

var paths = new List<string>();
int minHints = 1, minMistakes = 1;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--min-hints" when i + 1 < args.Length && int.TryParse(args[i + 1], out minHints): i++; break;
        case "--min-mistakes" when i + 1 < args.Length && int.TryParse(args[i + 1], out minMistakes): i++; break;
        case "-h" or "--help":
            Console.WriteLine("usage: mlkata-validate [--min-hints N] [--min-mistakes N] <kata folder | folder of katas>...");
            return 0;
        default:
            if (args[i].StartsWith('-'))
            {
                Console.Error.WriteLine($"mlkata-validate: unknown option '{args[i]}' (see --help)");
                return 2;
            }
            paths.Add(args[i]);
            break;
    }
}
if (paths.Count == 0) paths.Add("katas");

using var validator = new KataValidator(new ValidatorOptions { MinimumHints = minHints, MinimumMistakes = minMistakes });
var reports = new List<KataReport>();
foreach (var path in paths)
{
    if (!Directory.Exists(path))
    {
        Console.Error.WriteLine($"mlkata-validate: '{path}' is not a folder");
        return 2;
    }
    if (File.Exists(Path.Combine(path, KataValidator.ManifestFile))) reports.Add(validator.Validate(path));
    else reports.AddRange(validator.ValidateAll(path));
}

foreach (var report in reports)
{
    string name = Path.GetRelativePath(Directory.GetCurrentDirectory(), report.Directory);
    Console.WriteLine(report.Ok
        ? $"ok    {name} ({report.Variants} variants, {report.Tests} tests, {report.Elapsed.TotalSeconds:0.00} s)"
        : $"FAIL  {name}");
    foreach (var problem in report.Problems) Console.WriteLine($"      {problem}");
}
int failed = reports.Count(r => !r.Ok);
Console.WriteLine(reports.Count == 0 ? "no katas found" : $"{reports.Count - failed} of {reports.Count} katas valid");
return failed == 0 && reports.Count > 0 ? 0 : 1;
