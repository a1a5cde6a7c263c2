using System;
using System.IO;
using System.Text;
using PyNet.Runtime;

namespace PyNet.Cli;

/// <summary>
/// `pynet run FILE`, `pynet FILE`, `pynet -c CODE` and `pynet -m MODULE`: set up sys.argv and sys.path as CPython
/// does, then run the main module. Nothing here touches the compiler's types: the runtime reaches the compiler
/// through <see cref="CompilerRegistration"/> only when something must be compiled.
/// </summary>
internal static class RunCommand
{
    public static int RunFile(string path, string[] programArgs)
    {
        try
        {
            using (File.OpenRead(path))
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
        return PythonProgram.Run(() => MainModule.RunFile(fullPath));
    }

    public static int RunCode(string code, string[] programArgs)
    {
        SetUp("-c", programArgs, string.Empty);
        TracebackPrinter.RegisterSource("<string>", code);
        return PythonProgram.Run(() => MainModule.RunSource(Encoding.UTF8.GetBytes(code), "<string>", null));
    }

    /// <summary>-m: sys.argv[0] is "-m" while the module is searched for, then its full path; sys.path[0] is the current folder.</summary>
    public static int RunModule(string module, string[] programArgs)
    {
        SetUp("-m", programArgs, Directory.GetCurrentDirectory());
        return PythonProgram.Run(() => MainModule.RunModule(module));
    }

    private static void SetUp(string argv0, string[] programArgs, string firstPathEntry)
    {
        Sys.Argv.Append(new PyStr(argv0));
        foreach (var a in programArgs)
        {
            Sys.Argv.Append(new PyStr(a));
        }
        Sys.Path.Append(new PyStr(firstPathEntry));
        var extra = Options.IgnoreEnvironment ? null : Environment.GetEnvironmentVariable("PYTHONPATH");
        if (!string.IsNullOrEmpty(extra))
        {
            foreach (var p in extra.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                Sys.Path.Append(new PyStr(p));
            }
        }
        StdlibLocator.AddToPath();
        CompilerRegistration.Register();
    }
}
