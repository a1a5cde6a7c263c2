using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;

namespace PyNet.Runtime;

/// <summary>
/// The runtime a .NET host gets without a <c>pynet</c> command line: the typed module classes of <c>pynet build</c>
/// and <see cref="PythonEngine"/> call <see cref="EnsureInitialized"/> before running Python code. It puts the
/// standard library on sys.path and registers the compiler (for imports of .py modules, exec and eval) when
/// PyNet.Compiler.dll is present beside PyNet.Runtime.dll: the runtime never references the compiler, so it is found
/// by name and loaded only when something must be compiled. Hosts that only run built modules need no compiler.
/// </summary>
public static class PythonRuntime
{
    private const string CompilerAssembly = "PyNet.Compiler";
    private static readonly object s_lock = new();
    private static bool s_initialized;

    /// <summary>The folder that holds PyNet.Runtime.dll (and, for hosts that compile, PyNet.Compiler.dll and Mono.Cecil).</summary>
    public static string RuntimeDirectory { get; } = Path.GetDirectoryName(typeof(PythonRuntime).Assembly.Location) ?? AppContext.BaseDirectory;

    public static void EnsureInitialized()
    {
        if (Volatile.Read(ref s_initialized))
        {
            return;
        }
        lock (s_lock)
        {
            if (s_initialized)
            {
                return;
            }
            if (Sys.Argv.Count == 0)
            {
                Sys.Argv.Append(PyStr.Intern(string.Empty));
            }
            StdlibLocator.AddToPath();
            RegisterCompiler();
            // A host writes with Console too: Python's output goes through the same (synchronised, flushed) writers,
            // so the two interleave in order and nothing is left in a buffer when the host exits.
            Sys.SetStandardStreams(new PyTextFile("<stdout>", Console.Out, null), new PyTextFile("<stderr>", Console.Error, null), original: true);
            Volatile.Write(ref s_initialized, true);
        }
    }

    /// <summary>Appends a folder to sys.path unless it is there already (the folder of a built module, for its siblings).</summary>
    public static void AddToPath(string folder)
    {
        lock (s_lock)
        {
            var entry = new PyStr(folder);
            foreach (var existing in Builtins.ToArray(Sys.Path))
            {
                if (existing is PyStr s && s.Value == folder)
                {
                    return;
                }
            }
            Sys.Path.Insert(0, entry);
        }
    }

    private static void RegisterCompiler()
    {
        var path = Path.Combine(RuntimeDirectory, CompilerAssembly + ".dll");
        if (Importer.Compiler != null || !File.Exists(path))
        {
            return;
        }
        AssemblyLoadContext.Default.Resolving += ResolveBesideRuntime;
        Importer.Compiler = new LazyCompilerService(() => (ICompilerService)CreateCompilerObject("PyNet.Compiler.Compilation.CompilerService"), path);
        RuntimeCompiler.Instance ??= new LazyCodeCompiler();
    }

    private static object CreateCompilerObject(string typeName)
    {
        var assembly = AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(CompilerAssembly));
        return Activator.CreateInstance(assembly.GetType(typeName, throwOnError: true)!)!;
    }

    /// <summary>The compiler and Mono.Cecil are not in a C# host's dependency list: they are found beside the runtime.</summary>
    private static Assembly? ResolveBesideRuntime(AssemblyLoadContext context, AssemblyName name)
    {
        var file = Path.Combine(RuntimeDirectory, name.Name + ".dll");
        return name.Name != null && (name.Name.StartsWith("PyNet.", StringComparison.Ordinal) || name.Name.StartsWith("Mono.Cecil", StringComparison.Ordinal)) && File.Exists(file)
            ? context.LoadFromAssemblyPath(file)
            : null;
    }

    /// <summary>exec/eval/compile's compiler, created on first use.</summary>
    private sealed class LazyCodeCompiler : ICodeCompiler
    {
        private ICodeCompiler? _compiler;

        public PyCode Compile(string source, string filename, string mode) =>
            (_compiler ??= (ICodeCompiler)CreateCompilerObject("PyNet.Compiler.Compilation.RuntimeCodeCompiler")).Compile(source, filename, mode);
    }
}
