using System;
using System.IO;
using System.Linq;
using PyNet.Runtime;

namespace PyNet.Cli;

/// <summary>
/// `pynet compileall [-q] [-f] DIR...`: compiles every .py file in the trees into the module cache, as
/// `python3 -m compileall` does, with its output: "Listing 'DIR'..." per folder, "Compiling 'FILE'..." per file that
/// was not up to date, and "*** Error compiling..." with the SyntaxError (exit status 1) for a file that fails.
/// </summary>
internal static class CompileAllCommand
{
    public static int Run(string[] args)
    {
        var quiet = false;
        var force = false;
        var targets = args.Where(a =>
        {
            switch (a)
            {
                case "-q":
                    quiet = true;
                    return false;
                case "-f":
                    force = true;
                    return false;
                default:
                    return true;
            }
        }).ToList();
        if (targets.Count == 0)
        {
            return Usage.Fail("pynet compileall: a DIR is required");
        }
        CompilerRegistration.Register();
        InteropRegistration.Register();
        var success = true;
        foreach (var target in targets)
        {
            success &= Directory.Exists(target) ? CompileDir(target, quiet, force) : CompileFile(target, quiet, force);
        }
        Console.Out.Flush();
        return success ? 0 : 1;
    }

    private static bool CompileDir(string dir, bool quiet, bool force)
    {
        if (!quiet)
        {
            Console.WriteLine($"Listing {PyStr.Repr(dir)}...");
        }
        string[] names;
        try
        {
            names = Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).OfType<string>().ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.WriteLine($"Can't list {PyStr.Repr(dir)}");
            return true;
        }
        Array.Sort(names, StringComparer.Ordinal);
        var success = true;
        foreach (var name in names.Where(n => n != "__pycache__"))
        {
            var path = Path.Combine(dir, name);
            if (Directory.Exists(path))
            {
                success &= CompileDir(path, quiet, force);
            }
            else if (name.EndsWith(ModuleFinder.SourceSuffix, StringComparison.Ordinal))
            {
                success &= CompileFile(path, quiet, force);
            }
        }
        return success;
    }

    private static bool CompileFile(string path, bool quiet, bool force)
    {
        var cache = ModuleCache.CacheFromSource(path);
        var compiler = Importer.Compiler!;
        try
        {
            var stamp = ModuleCache.StampOf(path);
            if (!force && ModuleCache.IsFresh(cache, stamp, compiler.Version))
            {
                return true;
            }
            if (!quiet)
            {
                Console.WriteLine($"Compiling {PyStr.Repr(path)}...");
            }
            var name = Path.GetFileNameWithoutExtension(path);
            var image = ModuleCache.Compile(name == "__init__" ? Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)))! : name, path, stamp, out _);
            ModuleCache.Write(cache, image);
            return true;
        }
        catch (PyException e)
        {
            Console.Write(quiet ? $"*** Error compiling {PyStr.Repr(path)}...\n" : "*** ");
            Console.WriteLine(TracebackPrinter.Format(e.Value));
            return false;
        }
    }
}
