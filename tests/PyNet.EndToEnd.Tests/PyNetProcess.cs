using System;
using System.Diagnostics;
using System.IO;

namespace PyNet.EndToEnd.Tests;

/// <summary>Runs the pynet CLI (the build next to this test assembly) as a separate process.</summary>
public static class PyNetProcess
{
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>pynet.dll of the same configuration as the tests.</summary>
    public static string CliPath { get; } = FindCli();

    public sealed record Result(string Stdout, string Stderr, int ExitCode);

    public static Result Run(string workingDirectory, params string[] args) => RunWithEnvironment(workingDirectory, null, args);

    public static Result RunWithEnvironment(string workingDirectory, System.Collections.Generic.IDictionary<string, string>? environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(CliPath);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        // Set only by the ./pynet launcher; a test that wants the launcher's source check sets it itself.
        psi.Environment.Remove("PYNET_SOURCE_ROOT");
        psi.Environment.Remove("PYNET_REBUILT");
        foreach (var (key, value) in environment ?? new System.Collections.Generic.Dictionary<string, string>())
        {
            psi.Environment[key] = value;
        }
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("pynet did not start");
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("pynet " + string.Join(' ', args) + " did not finish in 120 s");
        }
        return new Result(stdout.Result, stderr.Result, p.ExitCode);
    }

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir != null && !File.Exists(Path.Combine(dir, "PyNet.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }
        return dir ?? throw new InvalidOperationException("PyNet.sln not found");
    }

    private static string FindCli()
    {
        // bin/<Configuration>/net10.0/ of this test project: use the CLI built in the same configuration.
        var tfmDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var config = tfmDir.Parent?.Name ?? "Release";
        var path = Path.Combine(RepoRoot, "tools", "PyNet.Cli", "bin", config, tfmDir.Name, "pynet.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("build the solution first (./build.sh): " + path);
        }
        return path;
    }
}
