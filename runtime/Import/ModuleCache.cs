using System;
using System.IO;

namespace PyNet.Runtime;

/// <summary>
/// The compiled-module cache, CPython's .pyc rules with assemblies: m.py is compiled once to
/// __pycache__/m.pynet-311.dll (or a mirror tree under sys.pycache_prefix), whose header (<see cref="CompiledModuleFile"/>)
/// records the source's mtime and size and the compiler's version. A later import whose source and compiler match
/// loads the assembly without compiling; anything else (stale, truncated, corrupt, foreign) is recompiled and the file
/// rewritten. Writes go to a temporary file in the same folder, then a rename, so concurrent importers never see a
/// torn file; a folder that cannot be written, -B or PYTHONDONTWRITEBYTECODE leave the module compiled in memory only.
/// </summary>
public static class ModuleCache
{
    /// <summary>importlib.util.cache_from_source: where the compiled form of <paramref name="sourcePath"/> lives.</summary>
    public static string CacheFromSource(string sourcePath) => CacheFromSource(sourcePath, Sys.PycachePrefix);

    /// <summary>Where the compiled form of <paramref name="sourcePath"/> lives under a given sys.pycache_prefix.</summary>
    public static string CacheFromSource(string sourcePath, string? prefix)
    {
        var full = Path.GetFullPath(sourcePath);
        var head = Path.GetDirectoryName(full)!;
        var file = Path.GetFileNameWithoutExtension(full) + "." + Sys.CacheTag + ModuleFinder.CompiledSuffix;
        if (prefix != null)
        {
            // A mirror of the source's absolute folder under the prefix, as CPython does.
            var relative = head.TrimStart(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            if (Path.IsPathRooted(relative))
            {
                relative = relative[Path.GetPathRoot(relative)!.Length..];
            }
            return Path.Combine(Path.GetFullPath(prefix), relative, file);
        }
        return Path.Combine(head, "__pycache__", file);
    }

    /// <summary>True when <paramref name="path"/> starts with a PyNet compiled-module header.</summary>
    public static bool IsCompiledModule(string path)
    {
        try
        {
            using var f = File.OpenRead(path);
            Span<byte> prefix = stackalloc byte[CompiledModuleFile.HeaderSize];
            return f.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false) == prefix.Length &&
                CompiledModuleFile.TryReadHeader(prefix, out _);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The module body for a spec found by <see cref="ModuleFinder"/>: from the cache, compiled, or sourceless.</summary>
    public static PyModuleCode GetCode(PyModuleSpec spec) => spec.Kind switch
    {
        ModuleLoadKind.Sourceless => LoadSourceless(spec.Name, spec.Origin!),
        ModuleLoadKind.Frozen => FrozenModules.GetCode(spec.Name),
        _ => GetSourceCode(spec.Name, spec.Origin!, spec.Cached),
    };

    /// <summary>
    /// The code of a source module: from <paramref name="cache"/>, else from <paramref name="fallback"/> (the main
    /// script's per-user cache, see <see cref="ScriptFallbackCache"/>), else compiled and written to the first of the two
    /// that can take it.
    /// </summary>
    public static PyModuleCode GetSourceCode(string name, string source, string? cache, string? fallback = null)
    {
        var stamp = StampOf(source);
        var early = TakeHeadStart(name, source, stamp);
        if (early?.Loaded is { } loaded)
        {
            TraceLoaded(source, loaded.Cache);
            return loaded.Code;
        }
        if (early?.Image == null && LoadFresh(name, stamp, Importer.Compiler?.Version, cache, fallback) is { } cached)
        {
            TraceLoaded(source, cached.Cache);
            return cached.Code;
        }
        var image = Compile(name, source, stamp, out _, early?.Image);
        if (cache != null && !Sys.DontWriteBytecode && !Write(cache, image) && fallback != null)
        {
            Write(fallback, image);
        }
        return CompiledAssemblies.Load(image);
    }

    /// <summary>
    /// Where the main script's compiled form goes when its own folder cannot hold a __pycache__ (a read-only install,
    /// a shared folder): a mirror of the script's folder under the user's cache folder ($XDG_CACHE_HOME/pynet, else
    /// ~/.cache/pynet; %LOCALAPPDATA%\pynet on Windows), the layout of sys.pycache_prefix. CPython recompiles a script on
    /// every run because its compiler is cheap; PyNet's first compile loads the compiler and Cecil, 50-100 ms, so a
    /// script run again from such a folder is worth a cache too. Imported modules keep CPython's rule (compiled in
    /// memory), and an explicit pycache_prefix replaces this. Null when no such folder is known.
    /// </summary>
    public static string? ScriptFallbackCache(string scriptPath, string? pycachePrefix)
    {
        if (pycachePrefix != null)
        {
            return null;
        }
        string? root;
        if (OperatingSystem.IsWindows())
        {
            root = Environment.GetEnvironmentVariable("LOCALAPPDATA");
        }
        else
        {
            root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            if (string.IsNullOrEmpty(root) || !Path.IsPathRooted(root))
            {
                var home = Environment.GetEnvironmentVariable("HOME");
                root = string.IsNullOrEmpty(home) || !Path.IsPathRooted(home) ? null : Path.Combine(home, ".cache");
            }
        }
        return string.IsNullOrEmpty(root) ? null : CacheFromSource(scriptPath, Path.Combine(root, "pynet"));
    }

    /// <summary>
    /// Compiles a source file to a stamped image (not written anywhere); SyntaxError is thrown as a PyException.
    /// <paramref name="unstamped"/> is the image of a compile that already ran (see <see cref="OfferHeadStart"/>).
    /// </summary>
    public static byte[] Compile(string name, string source, CompiledModuleFile.SourceStamp stamp, out bool stamped, byte[]? unstamped = null)
    {
        var compiler = Importer.Compiler ?? throw new PyException(PyErrors.NoCompiler(source));
        var image = unstamped;
        if (image == null)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(source);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new PyException(PyErr.FromClr(e));
            }
            image = compiler.Compile(bytes, source, name);
        }
        ImportTrace.Message("code object from " + source);
        stamped = CompiledModuleFile.TryStamp(image, stamp, compiler.Version);
        return image;
    }

    /// <summary>A module body loaded from a cache file, and that file.</summary>
    public sealed record LoadedModule(PyModuleCode Code, string Cache);

    /// <summary>
    /// What a head start on a module produced (see <see cref="OfferHeadStart"/>): the source's stamp when it began, and
    /// the module loaded from a fresh cache file, or else the unstamped image of a compile, or neither (the compile
    /// failed: the ordinary one then runs again and reports the error).
    /// </summary>
    public sealed record HeadStart(CompiledModuleFile.SourceStamp Stamp, LoadedModule? Loaded, byte[]? Image);

    private sealed record HeadStartOffer(string Name, string Source, Func<HeadStart?> Take);

    private static HeadStartOffer? s_headStart;

    /// <summary>
    /// Offers the work on module <paramref name="name"/> from <paramref name="source"/> that started before it was
    /// needed: the host starts the main script's module on another core while the runtime starts up, loading its
    /// cached assembly (<see cref="TryLoadFresh"/>) or compiling it. <paramref name="take"/> waits for that work; its
    /// result is used once, and only while the source's stamp still matches.
    /// </summary>
    public static void OfferHeadStart(string name, string source, Func<HeadStart?> take) =>
        s_headStart = new HeadStartOffer(name, source, take);

    private static HeadStart? TakeHeadStart(string name, string source, CompiledModuleFile.SourceStamp stamp)
    {
        var offer = s_headStart;
        if (offer == null || offer.Name != name || offer.Source != source)
        {
            return null;
        }
        s_headStart = null;
        var result = offer.Take();
        return result != null && result.Stamp == stamp ? result : null;
    }

    /// <summary>
    /// The first of <paramref name="caches"/> that holds an intact module compiled from this source by this compiler,
    /// loaded; null when none does. It neither traces nor touches the import system's state, so that it can run on a
    /// thread of its own while the runtime starts.
    /// </summary>
    public static LoadedModule? TryLoadFresh(CompiledModuleFile.SourceStamp stamp, string compilerVersion, params string?[] caches) =>
        LoadFresh(null, stamp, compilerVersion, caches);

    /// <summary>The first of the cache files that is fresh, loaded; a stale or damaged one is traced when
    /// <paramref name="name"/> is given (the import system's lookup) and skipped.</summary>
    private static LoadedModule? LoadFresh(string? name, CompiledModuleFile.SourceStamp stamp, string? version, params string?[] caches)
    {
        foreach (var cache in caches)
        {
            if (cache == null || !TryReadFresh(name, cache, stamp, version, out var data))
            {
                continue;
            }
            try
            {
                return new LoadedModule(CompiledAssemblies.Load(data), cache);
            }
            catch (BadImageFormatException)
            {
            }
        }
        return null;
    }

    public static CompiledModuleFile.SourceStamp StampOf(string source)
    {
        try
        {
            var info = new FileInfo(source);
            return new CompiledModuleFile.SourceStamp(info.LastWriteTimeUtc.Ticks, info.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PyException(PyErr.FromClr(e));
        }
    }

    /// <summary>True when <paramref name="cache"/> holds an intact module compiled from this source by this compiler.</summary>
    public static bool IsFresh(string cache, CompiledModuleFile.SourceStamp stamp, string? compilerVersion) =>
        TryReadFresh(null, cache, stamp, compilerVersion, out _);

    private static void TraceLoaded(string source, string cache)
    {
        ImportTrace.Message($"{cache} matches {source}");
        ImportTrace.Message("code object from " + PyStr.Repr(cache));
    }

    private static bool TryReadFresh(string? name, string cache, CompiledModuleFile.SourceStamp stamp, string? version, out byte[] data)
    {
        data = Array.Empty<byte>();
        if (!File.Exists(cache))
        {
            // The common case of a first run or a read-only folder, tested without the cost of a thrown exception.
            return false;
        }
        try
        {
            data = File.ReadAllBytes(cache);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        if (!CompiledModuleFile.TryReadHeader(data, out var header) || !CompiledModuleFile.IsIntact(data, header))
        {
            if (name != null)
            {
                ImportTrace.Message($"bad compiled module in {PyStr.Repr(name)}: {cache}");
            }
            return false;
        }
        if (header.Source != stamp || (version != null && header.CompilerVersion != version))
        {
            if (name != null)
            {
                ImportTrace.Message($"bytecode is stale for {PyStr.Repr(name)}");
            }
            return false;
        }
        return true;
    }

    /// <summary>Writes a compiled module atomically; failures are silent (traced with -v), as in CPython.</summary>
    public static bool Write(string cache, byte[] image)
    {
        var temp = cache + "." + Environment.ProcessId + "." + UniqueSuffix.New() + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
            File.WriteAllBytes(temp, image);
            File.Move(temp, cache, overwrite: true);
            ImportTrace.Message($"created {PyStr.Repr(cache)}");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ImportTrace.Message($"could not create {PyStr.Repr(cache)}: {ExceptionMembers.ReprOf(PyErr.FromClr(e))}");
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
            }
            return false;
        }
    }

    private static PyModuleCode LoadSourceless(string name, string path)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PyException(PyErr.FromClr(e));
        }
        if (!CompiledModuleFile.TryReadHeader(data, out var header) || !CompiledModuleFile.IsIntact(data, header))
        {
            throw new PyException(PyErrors.BadCompiledModule(name, path));
        }
        ImportTrace.Message("code object from " + PyStr.Repr(path));
        try
        {
            return CompiledAssemblies.Load(data);
        }
        catch (BadImageFormatException)
        {
            throw new PyException(PyErrors.BadCompiledModule(name, path));
        }
    }
}
