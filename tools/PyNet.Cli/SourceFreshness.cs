using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;

namespace PyNet.Cli;

/// <summary>
/// The `./pynet` launcher's check that the build is newer than the sources, done here rather than in the launcher:
/// a `find` over the source folders cost every run about 3 ms of the start-up path, while the same walk on a second
/// thread overlaps the runtime's start. The launcher passes the source folder in PYNET_SOURCE_ROOT (nothing is
/// checked without it: the test projects, `dotnet pynet.dll`, a built program). Before any program code runs,
/// <see cref="RebuildIfStale"/> waits for the walk; when a *.cs, *.csproj or *.props file under runtime, compiler,
/// interop or tools/PyNet.Cli (outside obj and bin) is newer than the build's stamp, the command runs again through
/// the launcher with PYNET_REBUILD=1, which rebuilds first, and this process exits with its status.
/// </summary>
internal static class SourceFreshness
{
    private static readonly string[] s_sourceFolders = { "runtime", "compiler", "interop", Path.Combine("tools", "PyNet.Cli") };

    private static string? s_root;
    private static ManualResetEventSlim? s_done;
    private static bool s_stale;

    /// <summary>Whether this run is to check (a launcher run that did not just build); then the walk is due.</summary>
    public static bool Begin()
    {
        var root = Environment.GetEnvironmentVariable("PYNET_SOURCE_ROOT");
        var justBuilt = Environment.GetEnvironmentVariable("PYNET_REBUILT") == "1";
        if (justBuilt)
        {
            // Not passed on to the program's own subprocesses.
            Environment.SetEnvironmentVariable("PYNET_REBUILT", null);
        }
        if (string.IsNullOrEmpty(root) || justBuilt)
        {
            return false;
        }
        s_root = root;
        s_done = new ManualResetEventSlim();
        return true;
    }

    /// <summary>Walks the sources on a thread of its own (commands that start no other thread).</summary>
    public static void StartThread() => new Thread(Check) { IsBackground = true }.Start();

    /// <summary>Walks the sources on the calling thread; never throws (an unreadable folder counts as unchanged).</summary>
    public static void Check()
    {
        try
        {
            var stamp = File.GetLastWriteTimeUtc(Path.Combine(s_root!, ".pynet-build", "stamp"));
            var stale = File.GetLastWriteTimeUtc(Path.Combine(s_root!, "Directory.Build.props")) > stamp;
            foreach (var folder in s_sourceFolders)
            {
                stale = stale || NewerIn(new DirectoryInfo(Path.Combine(s_root!, folder)), stamp);
            }
            s_stale = stale;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        finally
        {
            s_done!.Set();
        }
    }

    private static bool NewerIn(DirectoryInfo folder, DateTime stamp)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo sub)
            {
                if (sub.Name is not ("obj" or "bin") && NewerIn(sub, stamp))
                {
                    return true;
                }
            }
            else if (entry.LastWriteTimeUtc > stamp && (entry.Name.EndsWith(".cs", StringComparison.Ordinal) ||
                entry.Name.EndsWith(".csproj", StringComparison.Ordinal) || entry.Name.EndsWith(".props", StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Null when the build is current (or nothing was checked); else the exit status of the rebuilt run.</summary>
    public static int? RebuildIfStale(string[] args)
    {
        if (s_done == null)
        {
            return null;
        }
        s_done.Wait();
        return s_stale ? RunThroughLauncher(args) : null;
    }

    /// <summary>Kept out of line: only a stale build loads the process API.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunThroughLauncher(string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(s_root!, "pynet")) { UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["PYNET_REBUILD"] = "1";
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
