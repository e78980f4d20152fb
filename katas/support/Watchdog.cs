// Ends a test run that a looping kata would otherwise keep waiting forever: when one test has
// run for longer than the limit, the run stops with a message naming the test. The limit is
// 20 seconds; set the MLKATA_TEST_TIMEOUT environment variable (seconds) to change it.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using Xunit.Sdk;

[assembly: MlKata.Katas.Tests.Watchdog]

namespace MlKata.Katas.Tests;

[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Method)]
public sealed class WatchdogAttribute : BeforeAfterTestAttribute
{
    private static readonly ConcurrentDictionary<int, (string Name, Stopwatch Clock)> Running = new();
    private static int _started;

    public static TimeSpan Limit { get; } = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("MLKATA_TEST_TIMEOUT"), out int seconds) && seconds > 0 ? seconds : 20);

    public override void Before(MethodInfo methodUnderTest)
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
            new Thread(Watch) { IsBackground = true, Name = "MlKata watchdog" }.Start();
        Running[Environment.CurrentManagedThreadId] = ($"{methodUnderTest.DeclaringType?.Name}.{methodUnderTest.Name}", Stopwatch.StartNew());
    }

    public override void After(MethodInfo methodUnderTest) => Running.TryRemove(Environment.CurrentManagedThreadId, out _);

    private static void Watch()
    {
        while (true)
        {
            Thread.Sleep(250);
            foreach (var (name, clock) in Running.Values)
            {
                if (clock.Elapsed < Limit) continue;
                Console.Error.WriteLine($"MlKata: test {name} has run for {Limit.TotalSeconds:0} s without finishing. Is there an endless loop in the kata? The test run stops here.");
                Console.Error.Flush();
                Environment.Exit(3);
            }
        }
    }
}
