using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using PyNet.EndToEnd.Tests.Imports;

namespace PyNet.EndToEnd.Tests.Build;

/// <summary>Runs what `pynet build` made: `dotnet NAME.dll ARGS` or a frozen executable, with a chosen environment.</summary>
internal static class BuiltApp
{
    /// <summary>`pynet build ARGS` in the tree's folder.</summary>
    public static PyNetProcess.Result Build(ImportTree tree, params string[] args) => tree.Run(["build", .. args]);

    public static PyNetProcess.Result RunDll(string workingDirectory, string dll, params string[] args) =>
        Run(workingDirectory, "dotnet", [dll, .. args], null);

    /// <summary>Runs <paramref name="program"/> with exactly <paramref name="environment"/> when given (as `env -i` does), else the inherited one.</summary>
    public static PyNetProcess.Result Run(string workingDirectory, string program, string[] args, IDictionary<string, string>? environment)
    {
        var psi = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        if (environment != null)
        {
            psi.Environment.Clear();
            foreach (var (name, value) in environment)
            {
                psi.Environment[name] = value;
            }
        }
        else
        {
            psi.Environment["PYTHONIOENCODING"] = "utf-8";
            psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        }
        using var p = Process.Start(psi) ?? throw new InvalidOperationException(program + " did not start");
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException(program + " did not finish in 120 s");
        }
        return new PyNetProcess.Result(stdout.Result, stderr.Result, p.ExitCode);
    }

    /// <summary>Deletes every file and folder of the tree but <paramref name="keep"/>: the program's sources are gone.</summary>
    public static void DeleteAllBut(ImportTree tree, string keep)
    {
        foreach (var entry in Directory.GetFileSystemEntries(tree.Root))
        {
            if (Path.GetFileName(entry) == keep)
            {
                continue;
            }
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }
    }
}
