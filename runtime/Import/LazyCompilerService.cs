using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Text;

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

    public string Version => _version ??= _compiler?.Version ??
        (File.Exists(_compilerAssemblyPath) ? ComputeVersion(_compilerAssemblyPath) : (_compiler = _factory()).Version);

    public byte[] Compile(byte[] source, string path, string moduleName) => (_compiler ??= _factory()).Compile(source, path, moduleName);

    /// <summary>
    /// PythonCompiler.Version's formula, from the files: the first 8 bytes of SHA-256 over the compiler's and the
    /// runtime's module version ids (which a deterministic build changes exactly when the code changes).
    /// </summary>
    public static string ComputeVersion(string compilerAssemblyPath)
    {
        using var stream = File.OpenRead(compilerAssemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var mvid = metadata.GetGuid(metadata.GetModuleDefinition().Mvid).ToString("N");
        var runtime = typeof(PyOps).Assembly.ManifestModule.ModuleVersionId.ToString("N");
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(mvid + runtime));
        return Convert.ToHexString(hash, 0, 8);
    }
}
