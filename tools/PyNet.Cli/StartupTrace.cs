using System;

namespace PyNet.Cli;

/// <summary>
/// PYNET_STARTUP_TRACE=1 (for PyNet developers): prints the wall-clock time (Unix ns) at the main stages of a run, for
/// comparison with a launcher's own timestamp (how long the runtime took to reach Main, and each stage after it).
/// </summary>
internal static class StartupTrace
{
    private static readonly bool s_enabled = Environment.GetEnvironmentVariable("PYNET_STARTUP_TRACE") == "1";

    public static void Mark(string stage)
    {
        if (s_enabled)
        {
            Console.Error.WriteLine($"# startup {stage} {(DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100}");
        }
    }
}
