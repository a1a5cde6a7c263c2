using System;
using System.IO;
using PyNet.Compiler.Compilation;
using PyNet.Runtime;

namespace PyNet.Cli;

/// <summary>
/// Registers the compiler with the runtime without loading it: only <see cref="CreateCompiler"/> and
/// <see cref="CreateCodeCompiler"/> touch the compiler's types, and the JIT compiles them (loading PyNet.Compiler.dll
/// and Mono.Cecil) on the first module, exec or eval that needs compiling.
/// </summary>
internal static class CompilerRegistration
{
    /// <summary>PyNet.Compiler.dll, next to the CLI; its module version id identifies the compiler build.</summary>
    public static string CompilerAssemblyPath => Path.Combine(AppContext.BaseDirectory, "PyNet.Compiler.dll");

    public static void Register()
    {
        Importer.Compiler ??= new LazyCompilerService(CreateCompiler, CompilerAssemblyPath);
        RuntimeCompiler.Instance ??= new LazyCodeCompiler(CreateCodeCompiler);
    }

    private static ICompilerService CreateCompiler() => new CompilerService();

    private static ICodeCompiler CreateCodeCompiler() => new RuntimeCodeCompiler();
}
