using System;
using System.Collections.Generic;

namespace PyNet.Cli;

/// <summary>
/// PYNET_STARTUP_TRACE=1 (for PyNet developers): records the wall-clock time (Unix ns) at the main stages of a run and
/// prints them at exit, for comparison with a launcher's own timestamp (how long the runtime took to reach Main, and
/// each stage after it). The marks are buffered so that the console's own start-up does not count in the stages.
/// </summary>
internal static class StartupTrace
{
    private static readonly bool s_enabled = Environment.GetEnvironmentVariable("PYNET_STARTUP_TRACE") == "1";
    private static List<(string Stage, long Ns)>? s_marks;

    public static void Mark(string stage)
    {
        if (s_enabled)
        {
            (s_marks ??= new()).Add((stage, (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100));
        }
    }

    /// <summary>Prints the recorded marks (at exit).</summary>
    public static void Report()
    {
        if (s_marks == null)
        {
            return;
        }
        foreach (var (stage, ns) in s_marks)
        {
            Console.Error.WriteLine($"# startup {stage} {ns}");
        }
    }
}
