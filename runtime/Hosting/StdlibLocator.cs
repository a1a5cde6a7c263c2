using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PyNet.Runtime;

/// <summary>
/// Finds the CPython 3.11 <c>Lib</c> folder whose pure-Python modules PyNet imports (none of it is copied into the
/// repository). In order: the <c>PYNET_STDLIB</c> environment variable; the path recorded in
/// <c>pynet.stdlib.path</c> next to the PyNet assemblies (the <c>pynet</c> launcher writes it after a build, asking
/// <c>python3</c>'s sysconfig); then the usual install locations.
/// </summary>
public static class StdlibLocator
{
    public const string EnvironmentVariable = "PYNET_STDLIB";

    public const string RecordFileName = "pynet.stdlib.path";

    /// <summary>The stdlib folder, or null when none was found (programs still run; stdlib imports fail).</summary>
    public static string? Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }
        var record = Path.Combine(AppContext.BaseDirectory, RecordFileName);
        if (File.Exists(record))
        {
            var recorded = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(record)).Trim();
            if (IsStdlib(recorded))
            {
                return recorded;
            }
        }
        return Search();
    }

    /// <summary>The first candidate folder that holds the stdlib. Apart from <see cref="Find"/>, which runs at every
    /// start with a recorded path: its mention of LINQ loaded System.Linq for that.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static string? Search() => Candidates().FirstOrDefault(IsStdlib);

    /// <summary>Appends the stdlib folder to sys.path when one is found.</summary>
    public static void AddToPath()
    {
        if (Find() is { } dir)
        {
            Sys.Path.Append(new PyStr(dir));
        }
    }

    private static bool IsStdlib(string dir) => dir.Length > 0 && File.Exists(Path.Combine(dir, "os.py"));

    private static IEnumerable<string> Candidates()
    {
        yield return "/usr/lib/python3.11";
        yield return "/usr/local/lib/python3.11";
        var home = Environment.GetEnvironmentVariable("HOME");
        var pyenvRoot = Environment.GetEnvironmentVariable("PYENV_ROOT") ?? (home == null ? null : Path.Combine(home, ".pyenv"));
        if (pyenvRoot != null && Directory.Exists(Path.Combine(pyenvRoot, "versions")))
        {
            foreach (var version in Directory.GetDirectories(Path.Combine(pyenvRoot, "versions"), "3.11*").OrderDescending())
            {
                yield return Path.Combine(version, "lib", "python3.11");
            }
        }
        if (OperatingSystem.IsWindows())
        {
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            yield return Path.Combine(local, "Programs", "Python", "Python311", "Lib");
            yield return @"C:\Python311\Lib";
        }
    }
}
