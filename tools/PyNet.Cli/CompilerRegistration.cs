using System;
using System.IO;
using PyNet.Compiler.Compilation;
using PyNet.Runtime;

namespace PyNet.Cli;

/// <summary>
/// Registers the compiler with the runtime without loading it: only <see cref="Create"/> touches the compiler's
/// types, and the JIT compiles it (loading PyNet.Compiler.dll and Mono.Cecil) on the first module that needs compiling.
/// </summary>
internal static class CompilerRegistration
{
    public static void Register() =>
        Importer.Compiler ??= new LazyCompilerService(Create, Path.Combine(AppContext.BaseDirectory, "PyNet.Compiler.dll"));

    private static ICompilerService Create() => new CompilerService();
}
