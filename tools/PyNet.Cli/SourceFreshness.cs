using System;
using System.Diagnostics;
using System.IO;
using System.IO.Enumeration;
using System.Runtime.CompilerServices;

namespace PyNet.Cli;

/// <summary>
/// The `./pynet` launcher's check that the build is newer than the sources, done here rather than in the launcher:
/// a `find` over the source folders cost every run about 3 ms of start-up (a fork, an exec and a walk), while the CLI,
/// whose file APIs are warm by then, stats the listed paths in well under a millisecond. The launcher passes the
/// source folder in PYNET_SOURCE_ROOT (nothing is checked without it: the test projects, `dotnet pynet.dll`, a built
/// program). Before any program code runs, <see cref="RebuildIfStale"/> checks; when a *.cs, *.csproj or *.props file
/// under runtime, compiler, interop or tools/PyNet.Cli (outside obj and bin) is newer than the build's stamp, the
/// command runs again through the launcher with PYNET_REBUILD=1, which rebuilds first, and this process exits with
/// its status. (Done on a second thread while the runtime started, the check measured 1.6 ms slower end to end than
/// here, on the program's thread after sys is set up: it competed with that start-up.)
/// </summary>
internal static class SourceFreshness
{
    private static readonly string[] s_sourceFolders = { "runtime", "compiler", "interop", Path.Combine("tools", "PyNet.Cli") };

    /// <summary>Null when the build is current (or nothing is to be checked); else the exit status of the rebuilt run.</summary>
    public static int? RebuildIfStale(string[] args)
    {
        var root = Environment.GetEnvironmentVariable("PYNET_SOURCE_ROOT");
        // The launcher's business only: not in the program's os.environ nor its subprocesses' environment.
        Environment.SetEnvironmentVariable("PYNET_SOURCE_ROOT", null);
        if (Environment.GetEnvironmentVariable("PYNET_REBUILT") == "1")
        {
            // The launcher has just built: not checked again (a file dated in the future would rebuild forever).
            Environment.SetEnvironmentVariable("PYNET_REBUILT", null);
            return null;
        }
        if (string.IsNullOrEmpty(root))
        {
            return null;
        }
        return IsStale(root) ? RunThroughLauncher(root, args) : null;
    }

    /// <summary>
    /// Whether a source is newer than the build under <paramref name="root"/>; never throws (an unreadable path counts as unchanged). The launcher lists the source
    /// folders and files when it builds (.pynet-build/sources): a file edited in place is newer than the stamp, and a
    /// file added, removed or renamed makes its folder newer, which then has that folder tree walked for newer source
    /// files, as the launcher's `find` did. Statting the listed paths is fast; walking every folder with the
    /// framework's enumeration took 3-5 ms.
    /// </summary>
    private static bool IsStale(string root)
    {
        try
        {
            var build = Path.Combine(root, ".pynet-build");
            var stampFile = Path.Combine(build, "stamp");
            if (!File.Exists(stampFile))
            {
                // Not a build the launcher made: nothing to compare with.
                return false;
            }
            var stamp = File.GetLastWriteTimeUtc(stampFile);
            var listed = Path.Combine(build, "sources");
            return File.Exists(listed) ? ListedNewer(File.ReadAllLines(listed), stamp) : WalkNewer(root, stamp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool ListedNewer(string[] paths, DateTime stamp)
    {
        foreach (var path in paths)
        {
            // A listed file is a source, anything else a folder (whose tree is walked when it changed). A path that is
            // gone reads as 1601, never newer: its folder's time tells.
            if (path.Length > 0 && File.GetLastWriteTimeUtc(path) > stamp && (IsSource(path) || NewerIn(path, stamp)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool WalkNewer(string root, DateTime stamp)
    {
        var stale = File.GetLastWriteTimeUtc(Path.Combine(root, "Directory.Build.props")) > stamp;
        foreach (var folder in s_sourceFolders)
        {
            stale = stale || NewerIn(Path.Combine(root, folder), stamp);
        }
        return stale;
    }

    /// <summary>Whether a source file below <paramref name="folder"/> (outside obj and bin) is newer than the stamp; the
    /// entries are read as the enumeration meets them, without an object per file (the enumerator is instantiated
    /// over a reference type, whose shared code the framework precompiles).</summary>
    private static bool NewerIn(string folder, DateTime stamp)
    {
        var newer = new FileSystemEnumerable<string>(folder, static (ref FileSystemEntry e) => e.FileName.ToString(),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true })
        {
            ShouldRecursePredicate = static (ref FileSystemEntry e) => !(e.FileName.SequenceEqual("obj") || e.FileName.SequenceEqual("bin")),
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory && IsSource(e.FileName) && e.LastWriteTimeUtc.UtcDateTime > stamp,
        };
        using var found = newer.GetEnumerator();
        return found.MoveNext();
    }

    private static bool IsSource(ReadOnlySpan<char> name) =>
        name.EndsWith(".cs", StringComparison.Ordinal) || name.EndsWith(".csproj", StringComparison.Ordinal) ||
        name.EndsWith(".props", StringComparison.Ordinal);

    /// <summary>Kept out of line: only a stale build loads the process API.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunThroughLauncher(string root, string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(root, "pynet")) { UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["PYNET_REBUILD"] = "1";
        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            Console.Error.WriteLine($"pynet: the sources changed since this build, and {start.FileName} could not rebuild it: {e.Message}");
            return 1;
        }
    }
}
