using System;
using System.Diagnostics;
using System.Threading.Tasks;

namespace PyNet.EndToEnd.Tests.Cli;

/// <summary>
/// Ctrl-C: SIGINT sent to a running program raises KeyboardInterrupt at the running line; the traceback and the exit
/// status (130, death by SIGINT as the shell reports it) are python3's. The programs start through python3, which
/// restores SIGINT's default disposition before exec (a test host started in the background may ignore SIGINT, and
/// ignored signals are inherited).
/// </summary>
public class InterruptTests
{
    private const string RestoreSigintAndExec =
        "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])";

    [Theory]
    [InlineData("print('ready', flush=True)\nwhile True:\n    pass\n")]
    [InlineData("def spin():\n    n = 0\n    while True:\n        n += 1\n\nprint('ready', flush=True)\nspin()\n")]
    [InlineData("import time\nprint('ready', flush=True)\nfor i in range(600):\n    time.sleep(0.1)\n")]
    [InlineData("import time\nprint('ready', flush=True)\ntime.sleep(60)\n")]
    public async Task SigintRaisesKeyboardInterruptAsInPython(string program)
    {
        var dir = CliRun.NewFolder();
        CliRun.WriteFile(dir, "loop.py", program);
        var expected = await Interrupt(dir, pynet: false);
        var actual = await Interrupt(dir, pynet: true);
        Assert.Equal(130, expected.ExitCode);
        Assert.Equal(expected.Stderr, actual.Stderr);
        Assert.Equal(expected.Stdout, actual.Stdout);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
    }

    private static async Task<PyNetProcess.Result> Interrupt(string dir, bool pynet)
    {
        var psi = CliRun.Start(false, Array.Empty<string>());
        psi.WorkingDirectory = dir;
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(RestoreSigintAndExec);
        if (pynet)
        {
            psi.ArgumentList.Add("dotnet");
            psi.ArgumentList.Add(PyNetProcess.CliPath);
        }
        else
        {
            psi.ArgumentList.Add("python3");
        }
        psi.ArgumentList.Add("loop.py");
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var ready = await p.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(120));
        Assert.Equal("ready", ready);
        await Task.Delay(300);
        using (var kill = Process.Start("kill", new[] { "-INT", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            await kill.WaitForExitAsync();
        }
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return new PyNetProcess.Result(await stdout, await stderr, p.ExitCode);
    }
}
