using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlKata.Validation;

/// <summary>
/// Runs compiled kata variants in worker processes (<c>mlkata-validate --worker</c>). A
/// solution that loops, or a slow algorithm that a complexity check gave up waiting for, keeps
/// a thread busy that .NET cannot stop; a worker that holds one exits after reporting, and the
/// next variant gets a fresh worker, so runaway code never eats the cores of the whole run.
/// </summary>
public sealed class TestWorkers : IDisposable
{
    private const string ResultPrefix = "@@mlkata-result@@ ";
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(5);

    private readonly ConcurrentBag<Worker> _idle = new();
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "mlkata-validate-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);

    public TestRun Run(byte[] image, byte[]? support, bool stopAtFirstFailure)
    {
        Directory.CreateDirectory(_scratch);
        string path = Path.Combine(_scratch, Guid.NewGuid().ToString("N") + ".dll");
        File.WriteAllBytes(path, image);
        string? supportPath = support is null ? null : Path.Combine(_scratch, Guid.NewGuid().ToString("N") + ".support.dll");
        if (supportPath is not null) File.WriteAllBytes(supportPath, support!);
        try
        {
            Worker? worker = null;
            while (worker is null && _idle.TryTake(out var idle))
            {
                if (idle.Process.HasExited) idle.Kill();
                else worker = idle;
            }
            worker ??= Worker.Start(_scratch);
            var run = worker.Request(supportPath is null ? path : path + "\t" + supportPath, stopAtFirstFailure);
            if (run is null || run.Runaway) worker.Kill();
            else _idle.Add(worker);
            return run ?? new TestRun([new TestOutcome("(worker)", false, "the test process ended without a result (a crash or a stack overflow?)")], true);
        }
        finally
        {
            File.Delete(path);
            if (supportPath is not null) File.Delete(supportPath);
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var worker)) worker.Kill();
        try { Directory.Delete(_scratch, recursive: true); } catch (IOException) { }
    }

    /// <summary>The worker side: reads "stop|all path[\tsupport path]" lines, answers one result line each.</summary>
    public static int Serve()
    {
        var protocol = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
        Console.SetOut(TextWriter.Null);
        Console.SetError(TextWriter.Null);
        string? line;
        while ((line = Console.In.ReadLine()) is not null)
        {
            int space = line.IndexOf(' ');
            if (space < 0) continue;
            var paths = line[(space + 1)..].Split('\t');
            var run = TestRunner.Run(File.ReadAllBytes(paths[0]), paths.Length > 1 ? File.ReadAllBytes(paths[1]) : null, stopAtFirstFailure: line[..space] == "stop");
            protocol.WriteLine(ResultPrefix + JsonSerializer.Serialize(run));
            if (run.Runaway) return 0; // exiting ends the abandoned threads with the process
        }
        return 0;
    }

    private sealed class Worker(Process process)
    {
        public Process Process { get; } = process;

        public static Worker Start(string scratch)
        {
            var self = typeof(TestWorkers).Assembly.Location;
            var info = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // Run as `dotnet exec` with the validator's own runtimeconfig and deps, whatever host loaded it.
            // Referenced as a package (a kata pack's test project), the validator has neither:
            // then the worker runs on this runtime with every assembly of the folder it was loaded from.
            string baseName = Path.Combine(Path.GetDirectoryName(self)!, Path.GetFileNameWithoutExtension(self));
            info.ArgumentList.Add("exec");
            info.ArgumentList.Add("--runtimeconfig");
            if (File.Exists(baseName + ".runtimeconfig.json"))
            {
                info.ArgumentList.Add(baseName + ".runtimeconfig.json");
                info.ArgumentList.Add("--depsfile");
                info.ArgumentList.Add(baseName + ".deps.json");
            }
            else
            {
                info.ArgumentList.Add(RuntimeConfig(scratch));
            }
            info.ArgumentList.Add(self);
            info.ArgumentList.Add("--worker");
            if (!Path.GetFileNameWithoutExtension(info.FileName).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
                info.FileName = "dotnet";
            var process = Process.Start(info) ?? throw new InvalidOperationException("could not start a test worker process");
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            return new Worker(process);
        }

        private static readonly object RuntimeConfigLock = new();

        private static string RuntimeConfig(string scratch)
        {
            string path = Path.Combine(scratch, "worker.runtimeconfig.json");
            lock (RuntimeConfigLock)
                if (!File.Exists(path))
                    File.WriteAllText(path, new JsonObject
                    {
                        ["runtimeOptions"] = new JsonObject
                        {
                            ["tfm"] = $"net{Environment.Version.Major}.{Environment.Version.Minor}",
                            ["framework"] = new JsonObject { ["name"] = "Microsoft.NETCore.App", ["version"] = Environment.Version.ToString() },
                        },
                    }.ToJsonString());
            return path;
        }

        public TestRun? Request(string path, bool stopAtFirstFailure)
        {
            try
            {
                Process.StandardInput.WriteLine((stopAtFirstFailure ? "stop " : "all ") + path);
                var read = Task.Run(() =>
                {
                    string? line;
                    while ((line = Process.StandardOutput.ReadLine()) is not null)
                        if (line.StartsWith(ResultPrefix, StringComparison.Ordinal))
                            return JsonSerializer.Deserialize<TestRun>(line[ResultPrefix.Length..]);
                    return null;
                });
                return read.Wait(RequestTimeout) ? read.Result : null;
            }
            catch (IOException)
            {
                return null;
            }
        }

        public void Kill()
        {
            try
            {
                if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException) { }
            Process.Dispose();
        }
    }
}
