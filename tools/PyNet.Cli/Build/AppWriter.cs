using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using PyNet.Compiler.Compilation;
using PyNet.Runtime;

namespace PyNet.Cli.Build;

/// <summary>
/// Lays out a built program for `dotnet NAME.dll`: the program's assembly, NAME.runtimeconfig.json (the settings
/// `pynet` itself runs with, so the program behaves as under `pynet run`), the PyNet runtime, and the compiler with
/// its references unless --no-compiler (loaded only if the program compiles something at run time: exec, eval,
/// compile, or a standard library module that has no cached assembly), and pynet.stdlib.path recording the CPython Lib folder found at
/// build time.
/// </summary>
internal static class AppWriter
{
    public static void Write(string outDir, string name, byte[] program, bool withCompiler)
    {
        Directory.CreateDirectory(outDir);
        File.WriteAllBytes(Path.Combine(outDir, name + ".dll"), program);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "pynet.runtimeconfig.json"), Path.Combine(outDir, name + ".runtimeconfig.json"), overwrite: true);
        foreach (var file in RuntimeFiles(withCompiler))
        {
            File.Copy(file, Path.Combine(outDir, Path.GetFileName(file)), overwrite: true);
        }
        if (StdlibLocator.Find() is { } stdlib)
        {
            File.WriteAllText(Path.Combine(outDir, StdlibLocator.RecordFileName), stdlib + "\n");
        }
    }

    /// <summary>The runtime and (unless left out) compiler assemblies, with their .pdb files, a built program needs beside it.</summary>
    public static IReadOnlyList<string> RuntimeFiles(bool withCompiler)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>(withCompiler ? new[] { typeof(PyOps).Assembly, typeof(PythonCompiler).Assembly } : new[] { typeof(PyOps).Assembly });
        while (pending.Count > 0)
        {
            var assembly = pending.Pop();
            var name = assembly.GetName().Name!;
            var path = Path.Combine(AppContext.BaseDirectory, name + ".dll");
            if (!seen.Add(name) || !File.Exists(path))
            {
                continue;
            }
            files.Add(path);
            var pdb = Path.ChangeExtension(path, ".pdb");
            if (File.Exists(pdb))
            {
                files.Add(pdb);
            }
            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => File.Exists(Path.Combine(AppContext.BaseDirectory, r.Name + ".dll"))))
            {
                pending.Push(Assembly.Load(reference));
            }
        }
        return files;
    }
}
