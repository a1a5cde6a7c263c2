using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace PyNet.EndToEnd.Tests.Imports;

/// <summary>
/// A temporary folder of Python files for one test, and runs of the pynet CLI in it with full control of the
/// environment (the cache is on unless a test turns it off; PyNetProcess always turns it off).
/// </summary>
public sealed class ImportTree : IDisposable
{
    public ImportTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "pynet-imports-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Writes files given as relative path and content pairs.</summary>
    public ImportTree With(params (string Path, string Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            Write(path, text);
        }
        return this;
    }

    public string Write(string relativePath, string text)
    {
        var full = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The cache file of a source file: __pycache__/NAME.pynet-311.dll beside it.</summary>
    public string CacheOf(string relativeSource)
    {
        var full = PathOf(relativeSource);
        return Path.Combine(Path.GetDirectoryName(full)!, "__pycache__", Path.GetFileNameWithoutExtension(full) + ".pynet-311.dll");
    }

    public PyNetProcess.Result Run(params string[] args) => Run(null, args);

    public PyNetProcess.Result Run(IDictionary<string, string?>? env, params string[] args)
    {
        using var p = Start(env, args);
        return Finish(p, args);
    }

    /// <summary>Starts pynet without waiting, so that several can run at once.</summary>
    public Process Start(IDictionary<string, string?>? env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(PyNetProcess.CliPath);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        foreach (var name in new[] { "PYTHONDONTWRITEBYTECODE", "PYTHONVERBOSE", "PYTHONPYCACHEPREFIX", "PYTHONPATH", "PYNET_SHOW_ASSEMBLIES" })
        {
            psi.Environment.Remove(name);
        }
        if (env != null)
        {
            foreach (var (name, value) in env)
            {
                psi.Environment[name] = value;
            }
        }
        var p = Process.Start(psi) ?? throw new InvalidOperationException("pynet did not start");
        p.StandardInput.Close();
        return p;
    }

    public static PyNetProcess.Result Finish(Process p, string[] args)
    {
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("pynet " + string.Join(' ', args) + " did not finish in 120 s");
        }
        return new PyNetProcess.Result(stdout.Result, stderr.Result, p.ExitCode);
    }

    public void Dispose()
    {
        try
        {
            foreach (var f in Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(f, FileAttributes.Normal);
            }
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
