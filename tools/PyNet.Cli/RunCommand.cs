using System;
using System.IO;
using System.Text;
using PyNet.Cli.Repl;
using PyNet.Runtime;

namespace PyNet.Cli;

/// <summary>
/// `pynet run FILE`, `pynet FILE`, `pynet -c CODE`, `pynet -m MODULE`, `pynet -` (or a piped stdin) and the REPL: set
/// up sys.argv and sys.path as CPython does, then run the main module (and, with -i, the REPL after it). Nothing here
/// touches the compiler's types: the runtime reaches the compiler through <see cref="CompilerRegistration"/> only
/// when something must be compiled.
/// </summary>
internal static class RunCommand
{
    public static int RunFile(string path, string[] programArgs)
    {
        try
        {
            using (File.OpenHandle(path))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "[Errno 2] No such file or directory" : e.Message;
            Console.Error.WriteLine($"pynet: can't open file {PyStr.Repr(Path.GetFullPath(path))}: {reason}");
            return 2;
        }
        // Since Python 3.9 the main script's __file__ and code filename are absolute; sys.argv[0] stays as given.
        var fullPath = Path.GetFullPath(path);
        SetUp(path, programArgs, Path.GetDirectoryName(fullPath)!);
        StartupTrace.Mark("setup");
        return Run(() =>
        {
            StartupTrace.Mark("thread");
            var result = MainModule.RunFile(fullPath);
            StartupTrace.Mark("ran");
            return result;
        });
    }

    public static int RunCode(string code, string[] programArgs)
    {
        SetUp("-c", programArgs, string.Empty);
        return Run(() => MainModule.RunSource(Encoding.UTF8.GetBytes(code), "<string>", null));
    }

    /// <summary>-m: sys.argv[0] is "-m" while the module is searched for, then its full path; sys.path[0] is the current folder.</summary>
    public static int RunModule(string module, string[] programArgs)
    {
        SetUp("-m", programArgs, Directory.GetCurrentDirectory());
        return Run(() => MainModule.RunModule(module));
    }

    /// <summary>`pynet -` and `cmd | pynet`: the whole of stdin is the program ("&lt;stdin&gt;"), as CPython runs it.</summary>
    public static int RunStdin(string argv0, string[] programArgs)
    {
        SetUp(argv0, programArgs, string.Empty);
        byte[] source;
        using (var buffer = new MemoryStream())
        {
            Console.OpenStandardInput().CopyTo(buffer);
            source = buffer.ToArray();
        }
        return Run(() => MainModule.RunSource(source, "<stdin>", "<stdin>"));
    }

    /// <summary>
    /// `pynet` on a terminal (or `pynet -i` with no program): the REPL in a fresh __main__, after the file named by
    /// PYTHONSTARTUP, as CPython runs it.
    /// </summary>
    public static int RunRepl()
    {
        SetUp(string.Empty, Array.Empty<string>(), string.Empty);
        var startup = Options.IgnoreEnvironment ? null : Environment.GetEnvironmentVariable("PYTHONSTARTUP");
        return PythonProgram.Run(() => null, () => ReplLoop.Run(showBanner: !Options.Quiet, string.IsNullOrEmpty(startup) ? null : startup));
    }

    /// <summary>Runs the program, then the REPL with -i (after printing the program's error, if it raised).</summary>
    private static int Run(Func<object?> program) =>
        Options.Inspect ? PythonProgram.Run(program, () => ReplLoop.Run(showBanner: false)) : PythonProgram.Run(program);

    private static void SetUp(string argv0, string[] programArgs, string firstPathEntry)
    {
        Sys.Argv.Append(new PyStr(argv0));
        foreach (var a in programArgs)
        {
            Sys.Argv.Append(new PyStr(a));
        }
        SetOrigArgv();
        if (!Options.SafePath)
        {
            Sys.Path.Append(new PyStr(firstPathEntry));
        }
        if (!Options.IgnoreEnvironment)
        {
            Sys.AppendPythonPath();
        }
        StdlibLocator.AddToPath();
        CompilerRegistration.Register();
        InteropRegistration.Register();
    }

    /// <summary>
    /// sys.executable names a command that runs PyNet again (subprocess.run([sys.executable, ...]) must work): the
    /// pynet launcher next to pynet.dll rather than the dotnet host that loaded it. Set before sys is created.
    /// </summary>
    public static void ChooseExecutable()
    {
        var launcher = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "pynet.exe" : "pynet");
        Sys.Executable = File.Exists(launcher) ? launcher : Environment.ProcessPath ?? string.Empty;
    }

    /// <summary>sys.orig_argv: the command line, with sys.executable for the program.</summary>
    private static void SetOrigArgv()
    {
        var origArgv = new PyList();
        origArgv.Append(new PyStr(Sys.Executable ?? string.Empty));
        foreach (var a in Environment.GetCommandLineArgs()[1..])
        {
            origArgv.Append(new PyStr(a));
        }
        Sys.Module.Dict[PyStr.Intern("orig_argv")] = origArgv;
    }
}
