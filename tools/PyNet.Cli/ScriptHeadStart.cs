using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using PyNet.Compiler.Compilation;
using PyNet.Runtime;

namespace PyNet.Cli;

/// <summary>
/// `pynet run FILE` gives the script's module a head start on a second thread while the program's thread sets up the
/// runtime (sys, builtins, the standard library's path), so that the two overlap on two cores instead of running one
/// after the other. The thread finds the script's cache file (its __pycache__, else the user's cache folder, see
/// <see cref="ModuleCache.ScriptFallbackCache"/>); when one is fresh it loads the assembly (reading and checking the
/// file, loading it, the JIT's compile of the module body), otherwise it compiles the script (mostly the first use of
/// the compiler's and Cecil's code). The import system takes the result through <see cref="ModuleCache.OfferHeadStart"/>.
/// Nothing here raises or reports: a compile that fails runs again on the program's thread, which reports the error,
/// and whatever the thread could not load is left to the ordinary lookup. The thread touches no class that the
/// program's thread initialises meanwhile (sys, the builtin types), only files, the loader and the compiler.
/// </summary>
internal static class ScriptHeadStart
{
    public static void Start(string path)
    {
        if (!path.EndsWith(".py", StringComparison.Ordinal))
        {
            return;
        }
        var prefix = Options.PycachePrefix();
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            return;
        }
        ModuleCache.HeadStart? result = null;
        // The program's thread's stack: the parser and code generator recurse as deeply here as they would there.
        var thread = new Thread(() => result = Run(fullPath, prefix), PythonProgram.StackSize) { IsBackground = true };
        thread.Start();
        ModuleCache.OfferHeadStart(Path.GetFileNameWithoutExtension(fullPath), fullPath, () =>
        {
            thread.Join();
            return result;
        });
    }

    private static ModuleCache.HeadStart? Run(string fullPath, string? prefix)
    {
        CompiledModuleFile.SourceStamp stamp;
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                return null;
            }
            stamp = new CompiledModuleFile.SourceStamp(info.LastWriteTimeUtc.Ticks, info.Length);
            var version = LazyCompilerService.ComputeVersion(CompilerRegistration.CompilerAssemblyPath);
            if (version == null)
            {
                // The compiler's identity is unknown without loading it: the ordinary lookup decides.
                return null;
            }
            var loaded = ModuleCache.TryLoadFresh(stamp, version, ModuleCache.CacheFromSource(fullPath, prefix),
                ModuleCache.ScriptFallbackCache(fullPath, prefix));
            if (loaded != null)
            {
                // Run once: its first (and only) compile is as good here as on the program's thread.
                RuntimeHelpers.PrepareMethod(loaded.Code.Method.MethodHandle);
                return new ModuleCache.HeadStart(stamp, loaded, null);
            }
        }
        catch (Exception)
        {
            // An unreadable file, a failed load: the ordinary lookup meets it again and handles it.
            return null;
        }
        return new ModuleCache.HeadStart(stamp, null, CompileOrNull(fullPath, Path.GetFileNameWithoutExtension(fullPath)));
    }

    /// <summary>Kept out of line: only a cold start JIT-compiles it, loading the compiler assembly.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte[]? CompileOrNull(string fullPath, string name)
    {
        try
        {
            return PythonCompiler.CompileModule(File.ReadAllBytes(fullPath), fullPath, name);
        }
        catch (Exception)
        {
            // A syntax error, an unreadable file, a recursion limit: the ordinary compile meets it again and reports it.
            return null;
        }
    }
}
