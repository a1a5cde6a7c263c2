using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace PyNet.EndToEnd.Tests.Cli;

/// <summary>
/// Runs `pynet` or `python3` with a command line, an optional stdin text and environment, in a fresh folder, so that
/// the two can be compared. The PYTHON* variables of the test's own environment are removed first.
/// </summary>
internal static class CliRun
{
    public static string NewFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pynet-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static string WriteFile(string dir, string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    public static PyNetProcess.Result PyNet(string dir, string? stdin, params string[] args) => Run(true, dir, stdin, null, args);

    public static PyNetProcess.Result Python(string dir, string? stdin, params string[] args) => Run(false, dir, stdin, null, args);

    /// <summary>Runs pynet (or python3) in <paramref name="dir"/> with stdin text and extra environment variables.</summary>
    public static PyNetProcess.Result Run(bool pynet, string dir, string? stdin, IDictionary<string, string>? environment, params string[] args) =>
        Run(dir, stdin, environment, Start(pynet, args));

    /// <summary>The start information for pynet (through dotnet) or python3 with <paramref name="args"/>.</summary>
    public static ProcessStartInfo Start(bool pynet, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(pynet ? "dotnet" : "python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (pynet)
        {
            psi.ArgumentList.Add(PyNetProcess.CliPath);
        }
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        foreach (var name in new[] { "PYTHONUNBUFFERED", "PYTHONDONTWRITEBYTECODE", "PYTHONINSPECT", "PYTHONVERBOSE", "PYTHONWARNINGS", "PYTHONPATH", "PYTHONSAFEPATH" })
        {
            psi.Environment.Remove(name);
        }
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        return psi;
    }

    private static PyNetProcess.Result Run(string dir, string? stdin, IDictionary<string, string>? environment, ProcessStartInfo psi)
    {
        psi.WorkingDirectory = dir;
        if (environment != null)
        {
            foreach (var (k, v) in environment)
            {
                psi.Environment[k] = v;
            }
        }
        using var p = Process.Start(psi) ?? throw new InvalidOperationException(psi.FileName + " did not start");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin != null)
        {
            p.StandardInput.Write(stdin);
        }
        p.StandardInput.Close();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException(psi.FileName + " " + string.Join(' ', psi.ArgumentList) + " did not finish in 120 s");
        }
        return new PyNetProcess.Result(stdout.Result, stderr.Result, p.ExitCode);
    }
}
