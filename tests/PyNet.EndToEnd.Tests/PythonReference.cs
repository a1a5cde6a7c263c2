using System;
using System.Diagnostics;

namespace PyNet.EndToEnd.Tests;

/// <summary>Runs CPython 3.11 (python3, a test prerequisite) on the same program, as the reference.</summary>
public static class PythonReference
{
    public static PyNetProcess.Result Run(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo("python3")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("python3 did not start");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return new PyNetProcess.Result(stdout.Result, stderr.Result, p.ExitCode);
    }
}
