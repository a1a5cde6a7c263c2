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
    public static void Register()
    {
        Importer.Compiler ??= new LazyCompilerService(CreateCompiler, Path.Combine(AppContext.BaseDirectory, "PyNet.Compiler.dll"));
        RuntimeCompiler.Instance ??= new LazyCodeCompiler(CreateCodeCompiler);
    }

    private static ICompilerService CreateCompiler() => new CompilerService();

    private static ICodeCompiler CreateCodeCompiler() => new RuntimeCodeCompiler();
}
