using System;

namespace PyNet.Runtime;

/// <summary>
/// Stands for the compiler without loading it: <see cref="Version"/> is computed from the compiler assembly's
/// metadata (read from the file, not loaded), and the real service is created on the first <see cref="Compile"/>.
/// </summary>
public sealed class LazyCompilerService : ICompilerService
{
    private readonly Func<ICompilerService> _factory;
    private readonly string _compilerAssemblyPath;
    private ICompilerService? _compiler;
    private string? _version;

    /// <param name="factory">Creates the real compiler; the method it calls is the first to touch the compiler's types.</param>
    /// <param name="compilerAssemblyPath">PyNet.Compiler.dll, whose module version id identifies the compiler build.</param>
    public LazyCompilerService(Func<ICompilerService> factory, string compilerAssemblyPath)
    {
        _factory = factory;
        _compilerAssemblyPath = compilerAssemblyPath;
    }

    public string Version => _version ??= _compiler?.Version ?? ComputeVersion(_compilerAssemblyPath) ?? (_compiler = _factory()).Version;

    public byte[] Compile(byte[] source, string path, string moduleName) => (_compiler ??= _factory()).Compile(source, path, moduleName);

    /// <summary>PythonCompiler.Version's formula (<see cref="CompiledModuleFile.CompilerVersion"/>), from the file; null
    /// when the file is missing or not an assembly whose module version id can be read.</summary>
    public static string? ComputeVersion(string compilerAssemblyPath) =>
        ModuleVersionIdReader.TryRead(compilerAssemblyPath, out var mvid) ? CompiledModuleFile.CompilerVersion(mvid) : null;
}
