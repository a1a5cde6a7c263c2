using System;
using System.Collections.Generic;
using System.IO;
using PyNet.Cli.Build;
using PyNet.Compiler.Compilation;
using PyNet.Compiler.Syntax;
using PyNet.Runtime;

namespace PyNet.Cli;

/// <summary>
/// `pynet build FILE [-o OUT] [--include MODULE]... [--include-dir DIR]... [--exe] [--no-compiler] [--namespace NS]`: compiles a
/// program and its own modules (<see cref="ProgramModules"/>) into one assembly with an entry point
/// (<see cref="ProgramCompiler"/>), laid out for `dotnet OUT/NAME.dll` (<see cref="AppWriter"/>), or published as a
/// single-file self-contained executable with --exe (<see cref="ExePublisher"/>). OUT is a .dll path or a folder
/// (default: dist/). Everything is compiled before anything is written, so a syntax error in any module leaves OUT
/// as it was; it is reported as CPython reports it, with exit status 1.
/// </summary>
internal static class BuildCommand
{
    public static int Run(string[] args)
    {
        string? script = null;
        string? output = null;
        string? ns = null;
        var exe = false;
        var withCompiler = true;
        var includes = new List<string>();
        var includeDirs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            switch (a)
            {
                case "-o" or "--output" or "--include" or "--include-dir" or "--namespace" when i + 1 >= args.Length:
                    return Usage.Fail($"build: {a} needs an argument");
                case "-o" or "--output":
                    output = args[++i];
                    break;
                case "--include":
                    includes.Add(args[++i]);
                    break;
                case "--include-dir":
                    includeDirs.Add(args[++i]);
                    break;
                case "--namespace":
                    ns = args[++i];
                    break;
                case "--exe":
                    exe = true;
                    break;
                case "--no-compiler":
                    withCompiler = false;
                    break;
                default:
                    if (a.StartsWith('-') || script != null)
                    {
                        return Usage.Fail($"build: unexpected argument {a}");
                    }
                    script = a;
                    break;
            }
        }
        if (script == null)
        {
            return Usage.Fail("build: a FILE is required");
        }
        if (!File.Exists(script))
        {
            Console.Error.WriteLine($"pynet: can't open file {PyStr.Repr(Path.GetFullPath(script))}: [Errno 2] No such file or directory");
            return 2;
        }
        var scriptPath = Path.GetFullPath(script);
        var name = Path.GetFileNameWithoutExtension(scriptPath);
        output ??= "dist";
        string outDir;
        if (!exe && output.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            outDir = Path.GetDirectoryName(Path.GetFullPath(output))!;
            name = Path.GetFileNameWithoutExtension(output);
        }
        else
        {
            outDir = Path.GetFullPath(output);
        }
        foreach (var dir in includeDirs)
        {
            if (!Directory.Exists(dir))
            {
                return Usage.Fail($"build: --include-dir {dir}: no such folder");
            }
        }

        byte[] program;
        try
        {
            var modules = new ProgramModules(Path.GetDirectoryName(scriptPath)!);
            modules.AddMain(scriptPath);
            foreach (var dir in includeDirs)
            {
                modules.IncludeDir(dir);
            }
            foreach (var module in includes)
            {
                if (!modules.Include(module))
                {
                    Console.Error.WriteLine($"pynet build: --include {module}: no module named {PyStr.Repr(module)} in the program's folders");
                    return 1;
                }
            }
            var request = new BuildRequest(scriptPath, exe ? name + ExePublisher.AssemblySuffix : name, modules.Modules) { Namespace = ns };
            program = ProgramCompiler.Compile(request);
            if (exe)
            {
                return ExePublisher.Publish(outDir, name, request.AssemblyName, program, withCompiler);
            }
        }
        catch (PythonSyntaxError e)
        {
            Console.Error.Write(TracebackPrinter.Format(PythonCompiler.ToPython(e)));
            return 1;
        }
        catch (ParserRecursionError)
        {
            Console.Error.Write(TracebackPrinter.Format(PyErrors.RecursionLimit()));
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("pynet build: " + e.Message);
            return 1;
        }
        try
        {
            AppWriter.Write(outDir, name, program, withCompiler);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("pynet build: " + e.Message);
            return 1;
        }
        return 0;
    }
}
