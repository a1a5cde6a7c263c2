namespace PyNet.Runtime;

/// <summary>
/// The compiler, as the runtime sees it. The host registers one in <see cref="Importer.Compiler"/>; the runtime calls
/// <see cref="Compile"/> only when a module has no usable cached assembly, so a program whose imports are all cached
/// never loads the compiler (see <see cref="LazyCompilerService"/>).
/// </summary>
public interface ICompilerService
{
    /// <summary>The compiler's version (PythonCompiler.Version): cached assemblies from another version are recompiled.</summary>
    string Version { get; }

    /// <summary>Compiles module source to assembly bytes; a SyntaxError is thrown as a <see cref="PyException"/>.</summary>
    byte[] Compile(byte[] source, string path, string moduleName);
}

/// <summary>The compiled body of a module, loaded from an assembly: runs in a globals (and locals) dictionary.</summary>
public delegate object? PyModuleCode(PyDict globals, PyDict locals);
