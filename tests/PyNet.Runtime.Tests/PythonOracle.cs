using System;
using System.Diagnostics;
using System.IO;

namespace PyNet.Runtime.Tests;

/// <summary>Runs CPython 3.11 (python3) as the reference for differential tests.</summary>
public static class PythonOracle
{
    /// <summary>Runs a Python script with python3 and returns its stdout; throws if python3 fails.</summary>
    public static string Run(string script)
    {
        var path = Path.Combine(Path.GetTempPath(), "pynet-oracle-" + Guid.NewGuid().ToString("N") + ".py");
        File.WriteAllText(path, script);
        try
        {
            var psi = new ProcessStartInfo("python3", $"\"{path}\"")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            psi.Environment["PYTHONIOENCODING"] = "utf-8";
            using var p = Process.Start(psi) ?? throw new InvalidOperationException("python3 did not start");
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0)
            {
                throw new InvalidOperationException("python3 failed: " + stderr);
            }
            return stdout.Result;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
