using System;
using System.Reflection;
using System.Threading;

namespace PyNet.Runtime;

/// <summary>
/// The runtime a .NET host gets without a <c>pynet</c> command line: the typed module classes of <c>pynet build</c>
/// and <see cref="PythonEngine"/> call <see cref="EnsureInitialized"/> before running Python code. The set-up is a
/// built program's (<see cref="BuiltProgram.Initialize"/>: the host's folder, PYTHONPATH and CPython's Lib on sys.path,
/// and the compiler, found by name beside the runtime and loaded only when something must be compiled), plus what a
/// host needs: sys.argv = [''] as in an embedded CPython, and sys.stdout/sys.stderr over the host's Console writers.
/// </summary>
public static class PythonRuntime
{
    private static readonly object s_lock = new();
    private static bool s_initialized;

    public static void EnsureInitialized()
    {
        if (Volatile.Read(ref s_initialized))
        {
            return;
        }
        lock (s_lock)
        {
            if (s_initialized)
            {
                return;
            }
            BuiltProgram.Initialize(Assembly.GetEntryAssembly() ?? typeof(PythonRuntime).Assembly);
            if (Sys.Argv.Count == 0)
            {
                Sys.Argv.Append(PyStr.Intern(string.Empty));
            }
            // A host writes with Console too: Python's output goes through the same (synchronised, flushed) writers,
            // so the two interleave in order and nothing is left in a buffer when the host exits.
            Sys.SetStandardStreams(new PyTextFile("<stdout>", Console.Out, null), new PyTextFile("<stderr>", Console.Error, null), original: true);
            Volatile.Write(ref s_initialized, true);
        }
    }
}
