using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using PyNet.Compiler.Compilation;
using PyNet.Runtime;

namespace PyNet.Cli;

/// <summary>
/// `pynet run FILE` with a cold cache (no compiled file for the script: a first run, -B, a source changed) starts
/// compiling the script on a second thread before the runtime is set up, so that the compile (mostly the first use of
/// the compiler's and Cecil's code) and the runtime's start-up (sys, builtins, the standard library's path) overlap
/// on two cores instead of running one after the other. The import system takes the result through
/// <see cref="ModuleCache.OfferPrecompiled"/>; when that compile fails, the ordinary one runs again on the program's
/// thread and reports the error, so nothing here raises. A warm cache starts no thread and loads no compiler.
/// </summary>
internal static class ScriptPrecompile
{
    public static void StartIfCold(string path)
    {
        if (!path.EndsWith(".py", StringComparison.Ordinal))
        {
            return;
        }
        string fullPath;
        CompiledModuleFile.SourceStamp stamp;
        try
        {
            fullPath = Path.GetFullPath(path);
            var info = new FileInfo(fullPath);
            var prefix = Options.PycachePrefix();
            var fallback = ModuleCache.ScriptFallbackCache(fullPath, prefix);
            if (!info.Exists || File.Exists(ModuleCache.CacheFromSource(fullPath, prefix)) || (fallback != null && File.Exists(fallback)))
            {
                return;
            }
            stamp = new CompiledModuleFile.SourceStamp(info.LastWriteTimeUtc.Ticks, info.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return;
        }
        var name = Path.GetFileNameWithoutExtension(fullPath);
        byte[]? image = null;
        // The program's thread's stack: the parser and code generator recurse as deeply here as they would there.
        var thread = new Thread(() => image = CompileOrNull(fullPath, name), PythonProgram.StackSize) { IsBackground = true };
        thread.Start();
        ModuleCache.OfferPrecompiled(name, fullPath, stamp, () =>
        {
            thread.Join();
            return image;
        });
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
