using System;
using System.IO;
using System.Text;
using PyNet.Compiler.Compilation;
using PyNet.Compiler.Syntax;
using PyNet.Runtime;

namespace PyNet.Cli;

/// <summary>`pynet run FILE`, `pynet FILE` and `pynet -c CODE`: compile the main module to IL and run it.</summary>
internal static class RunCommand
{
    public static int RunFile(string path, string[] programArgs)
    {
        byte[] source;
        try
        {
            source = File.ReadAllBytes(path);
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
        return PythonProgram.Run(() => CompileAndRun(() => PythonCompiler.CompileModule(source, fullPath, "__main__"), fullPath));
    }

    public static int RunCode(string code, string[] programArgs)
    {
        SetUp("-c", programArgs, string.Empty);
        TracebackPrinter.RegisterSource("<string>", code);
        return PythonProgram.Run(() => CompileAndRun(() => PythonCompiler.CompileModule(Encoding.UTF8.GetBytes(code), "<string>", "__main__"), null));
    }

    private static void SetUp(string argv0, string[] programArgs, string firstPathEntry)
    {
        Sys.Argv.Append(new PyStr(argv0));
        foreach (var a in programArgs)
        {
            Sys.Argv.Append(new PyStr(a));
        }
        Sys.Path.Append(new PyStr(firstPathEntry));
        var extra = Environment.GetEnvironmentVariable("PYTHONPATH");
        if (!string.IsNullOrEmpty(extra))
        {
            foreach (var p in extra.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                Sys.Path.Append(new PyStr(p));
            }
        }
        StdlibLocator.AddToPath();
        Importer.Loader = new SourceModuleLoader();
        RuntimeCompiler.Instance = new RuntimeCodeCompiler();
    }

    private static object? CompileAndRun(Func<byte[]> compile, string? file)
    {
        byte[] assembly;
        try
        {
            assembly = compile();
        }
        catch (PythonSyntaxError e)
        {
            return PyOps.SetPending(PythonCompiler.ToPython(e));
        }
        catch (ParserRecursionError)
        {
            return PyOps.SetPending(PyErrors.RecursionLimit());
        }
        catch (Exception e) when (e is not PyException)
        {
            return PyOps.SetPending(PyErrors.SystemError("internal compiler error: " + e.Message));
        }
        var main = PythonProgram.CreateMainModule(file);
        var body = PythonCompiler.Load(assembly);
        return body(main.Dict, main.Dict);
    }
}
