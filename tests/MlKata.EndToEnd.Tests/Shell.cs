using System.Diagnostics;
using System.Text;

namespace MlKata.EndToEnd.Tests;

public sealed record CommandResult(string Command, int ExitCode, string Output)
{
    public override string ToString() => $"$ {Command}\n(exit {ExitCode})\n{Output}";
}

/// <summary>Runs a command, with its output (stdout and stderr together) captured and a time limit.</summary>
public static class Shell
{
    public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, string file, params string[] args)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // The test host's own VSTest variables must not leak into the dotnet test it starts.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("VSTEST_", StringComparison.Ordinal) || k == "MSBUILDNOINPROCNODE").ToList())
            info.Environment.Remove(key);
        if (environment is not null)
            foreach (var (key, value) in environment) info.Environment[key] = value;

        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        string command = file + " " + string.Join(" ", args);
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            lock (output) return new CommandResult(command, -1, output + $"\n(killed after {timeout.TotalSeconds:0} s)");
        }
        process.WaitForExit();
        lock (output) return new CommandResult(command, process.ExitCode, output.ToString());
    }
}
