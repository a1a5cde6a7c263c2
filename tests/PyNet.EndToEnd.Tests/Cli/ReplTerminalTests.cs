using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;

namespace PyNet.EndToEnd.Tests.Cli;

/// <summary>
/// The REPL on a real terminal: tmux runs `pynet` in a pane, the test types with send-keys and reads the screen with
/// capture-pane. tmux is a test prerequisite (Debian's package; .ci/run installs it); without it the test fails and
/// says so. Each run has its own tmux server socket and its own HOME, so the history file is the test's.
/// </summary>
public sealed class ReplTerminalTests : IDisposable
{
    private readonly string _socket = "pynet-repl-" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _home = CliRun.NewFolder();

    [Fact]
    public void ReplRunsBlocksShowsErrorsRecallsHistoryCompletesAndEndsOnCtrlD()
    {
        var command = $"env HOME={_home} TERM=xterm-256color dotnet {PyNetProcess.CliPath}; echo EXIT=$?; sleep 60";
        Tmux("new-session", "-d", "-s", "repl", "-x", "120", "-y", "50", command);
        var screen = WaitFor(s => s.EndsWith(">>>", StringComparison.Ordinal));
        Assert.StartsWith("Python 3.11.0 (PyNet)", screen);
        Assert.Contains(" on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n>>>", screen);

        Keys("def sq(x):", "Enter");
        WaitFor(s => s.EndsWith("...", StringComparison.Ordinal));
        Keys("    return x * x", "Enter");
        Keys("Enter");
        Keys("sq(7)", "Enter");
        screen = WaitFor(s => s.EndsWith("\n49\n>>>", StringComparison.Ordinal));
        Assert.Contains(">>> def sq(x):\n...     return x * x\n...\n>>> sq(7)\n49\n", screen);

        Keys("sq(None)", "Enter");
        screen = WaitFor(s => s.Contains("TypeError") && s.EndsWith(">>>", StringComparison.Ordinal));
        Assert.Contains(
            ">>> sq(None)\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n  File \"<stdin>\", line 2, in sq\n" +
            "TypeError: unsupported operand type(s) for *: 'NoneType' and 'NoneType'\n>>>", screen);

        // Up twice recalls sq(7) (the newest entry is sq(None)); Enter runs it again.
        Keys("Up");
        WaitFor(s => s.EndsWith(">>> sq(None)", StringComparison.Ordinal));
        Keys("Up");
        WaitFor(s => s.EndsWith(">>> sq(7)", StringComparison.Ordinal));
        Keys("Enter");
        WaitFor(s => Count(s, "\n49\n") == 2);

        Keys("_ + 1", "Enter");
        WaitFor(s => s.EndsWith("\n50\n>>>", StringComparison.Ordinal));
        Keys("import math", "Enter");
        Keys("math.sq", "Tab");
        WaitFor(s => s.EndsWith(">>> math.sqrt(", StringComparison.Ordinal));
        Keys("16)", "Enter");
        WaitFor(s => s.EndsWith("\n4.0\n>>>", StringComparison.Ordinal));

        Keys("C-d");
        screen = WaitFor(s => s.Contains("EXIT="));
        Assert.Contains("EXIT=0", screen);
        var history = File.ReadAllLines(Path.Combine(_home, ".pynet_history"));
        Assert.Equal(new[] { "def sq(x):", "    return x * x", "sq(7)", "sq(None)", "sq(7)", "_ + 1", "import math", "math.sqrt(16)" }, history);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty).Length) / part.Length;

    private void Keys(params string[] keys) => Tmux(new[] { "send-keys", "-t", "repl" }.Concat(keys).ToArray());

    /// <summary>Polls the pane until <paramref name="done"/> holds (60 s at most); returns the screen text.</summary>
    private string WaitFor(Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var screen = string.Empty;
        while (DateTime.UtcNow < deadline)
        {
            screen = string.Join("\n", Tmux("capture-pane", "-p", "-t", "repl").Split('\n').Select(l => l.TrimEnd())).TrimEnd('\n');
            if (done(screen))
            {
                return screen;
            }
            Thread.Sleep(100);
        }
        throw new Xunit.Sdk.XunitException("the REPL screen never reached the expected state; it shows:\n" + screen);
    }

    private string Tmux(params string[] args)
    {
        var tmux = FindTmux() ?? throw new Xunit.Sdk.XunitException(
            "tmux is required for the REPL terminal test: install it (apt-get install -y tmux; .ci/run does this)");
        var psi = new ProcessStartInfo(tmux) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("-L");
        psi.ArgumentList.Add(_socket);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return output;
    }

    private static string? FindTmux() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "tmux"))
            .FirstOrDefault(File.Exists);

    public void Dispose()
    {
        if (FindTmux() != null)
        {
            Tmux("kill-server");
        }
    }
}
