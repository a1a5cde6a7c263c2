using System;
using System.IO;
using System.Reflection;

namespace PyNet.Runtime;

/// <summary>
/// Registers the compiler for a program made by `pynet build`, which does not reference it: the compiler assembly is
/// found by name (beside the program, or inside a frozen executable) and loaded only on the first module, exec, eval
/// or compile that needs compiling. A program shipped without it still runs; only those fail, with the
/// "no compiler" errors.
/// </summary>
public static class CompilerLocator
{
    public const string AssemblyName = "PyNet.Compiler";

    /// <summary>The runtime option (runtimeconfig.json) by which a frozen executable built with --no-compiler says so.</summary>
    public const string NoCompilerSwitch = "PyNet.NoCompiler";
    private const string ServiceType = "PyNet.Compiler.Compilation.CompilerService";
    private const string CodeCompilerType = "PyNet.Compiler.Compilation.RuntimeCodeCompiler";

    public static void Register()
    {
        var path = Path.Combine(AppContext.BaseDirectory, AssemblyName + ".dll");
        // Inside a single-file executable the runtime has no location and the compiler is bundled with it.
        var bundled = string.IsNullOrEmpty(typeof(PyOps).Assembly.Location);
        if (bundled ? AppContext.TryGetSwitch(NoCompilerSwitch, out var absent) && absent : !File.Exists(path))
        {
            return;
        }
        Importer.Compiler ??= new LazyCompilerService(() => Create<ICompilerService>(ServiceType), path);
        RuntimeCompiler.Instance ??= new LazyCodeCompiler(() => Create<ICodeCompiler>(CodeCompilerType));
    }

    private static T Create<T>(string typeName)
    {
        var assembly = Assembly.Load(new AssemblyName(AssemblyName));
        var type = assembly.GetType(typeName, throwOnError: true)!;
        return (T)Activator.CreateInstance(type)!;
    }
}
