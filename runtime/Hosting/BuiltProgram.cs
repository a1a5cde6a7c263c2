using System;
using System.IO;
using System.Reflection;

namespace PyNet.Runtime;

/// <summary>
/// The start of a program made by `pynet build`: the entry point the compiler gives the program's assembly
/// (<c>static int Main(string[] args)</c>) calls <see cref="Main"/> with the main module's body. It sets up what
/// `pynet run app.py` sets up, with the program's folder in place of the script's: sys.argv is the program path as
/// the process was started (argv[0], as a frozen CPython program has it) and the arguments; sys.path is the
/// program's folder, PYTHONPATH, then CPython's Lib (<see cref="StdlibLocator"/>); the program's other modules are
/// the frozen modules its assembly carries. The compiler is registered when it was shipped beside the runtime, for
/// exec/eval/compile and for standard-library modules compiled from source, and is loaded only if one needs it.
/// </summary>
public static class BuiltProgram
{
    private static readonly object s_lock = new();
    private static bool s_isInitialized;

    /// <summary>Runs <paramref name="main"/> as __main__; <paramref name="scriptName"/> is the original script's file name.</summary>
    public static int Main(string[] args, PyModuleCode main, string scriptName)
    {
        var assembly = main.Method.DeclaringType!.Assembly;
        Sys.Argv.Append(new PyStr(ProgramPath(assembly)));
        foreach (var a in args)
        {
            Sys.Argv.Append(new PyStr(a));
        }
        var home = Initialize(assembly);
        return PythonProgram.Run(() =>
        {
            var module = PythonProgram.CreateMainModule(Path.Combine(home, scriptName));
            return main(module.Dict, module.Dict);
        });
    }

    /// <summary>
    /// Sets up the runtime for a built program's assembly, once per process: its frozen modules and sources, sys.path
    /// (the program's folder, PYTHONPATH, CPython's Lib) and the compiler if it was shipped. Also for hosts of a built
    /// module that is not run as __main__ (a C# program that references it). Returns the program's folder.
    /// </summary>
    public static string Initialize(Assembly program)
    {
        var home = Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory);
        lock (s_lock)
        {
            FrozenModules.Register(program, home);
            FrozenModules.RegisterSources(program);
            if (!s_isInitialized)
            {
                s_isInitialized = true;
                Sys.Path.Append(new PyStr(home));
                Sys.AppendPythonPath();
                StdlibLocator.AddToPath();
                CompilerLocator.Register();
            }
        }
        return home;
    }

    /// <summary>The program as it was started: the executable of a frozen program, else the assembly `dotnet` ran.</summary>
    private static string ProgramPath(Assembly assembly)
    {
        if (!string.IsNullOrEmpty(assembly.Location) && assembly == Assembly.GetEntryAssembly())
        {
            return assembly.Location;
        }
        return Environment.ProcessPath ?? assembly.GetName().Name ?? string.Empty;
    }
}
