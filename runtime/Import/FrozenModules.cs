using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace PyNet.Runtime;

/// <summary>What a frozen module is: a plain module, a package (has __init__) or a namespace package.</summary>
public enum FrozenModuleKind
{
    Module,
    Package,
    Namespace,
}

/// <summary>
/// CPython's FrozenImporter, for programs made by `pynet build`: the compiled images of a program's modules travel as
/// manifest resources of its main assembly ("pynet.frozen.module:NAME", "pynet.frozen.package:NAME",
/// "pynet.frozen.namespace:NAME"), so a built program is one assembly (and a frozen executable one file). The finder
/// consults this table before sys.path, as CPython's sys.meta_path puts FrozenImporter before PathFinder. A module's
/// __file__ is where its source would be in the program's folder (as PyInstaller does), so data files laid out beside
/// the program are found relative to __file__, and a package's __path__ still reaches loose modules there.
/// </summary>
public static class FrozenModules
{
    private const string Prefix = "pynet.frozen.";
    private const string SourcePrefix = "pynet.source:";

    private static readonly Dictionary<string, Entry> s_modules = new();

    private sealed record Entry(FrozenModuleKind Kind, Assembly Assembly, string Resource, string Home);

    public static string ResourceName(FrozenModuleKind kind, string moduleName) => Prefix + kind.ToString().ToLowerInvariant() + ":" + moduleName;

    /// <summary>The resource that carries a module's source text (UTF-8), for tracebacks when the .py is gone.</summary>
    public static string SourceResourceName(string filename) => SourcePrefix + filename;

    /// <summary>Adds the frozen modules carried by <paramref name="assembly"/>; <paramref name="home"/> stands for the program's folder.</summary>
    public static void Register(Assembly assembly, string home)
    {
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }
            var colon = resource.IndexOf(':', Prefix.Length);
            if (colon > 0 && Enum.TryParse<FrozenModuleKind>(resource[Prefix.Length..colon], ignoreCase: true, out var kind))
            {
                lock (s_modules)
                {
                    s_modules.TryAdd(resource[(colon + 1)..], new Entry(kind, assembly, resource, home));
                }
            }
        }
    }

    /// <summary>The spec of a frozen module, or null when <paramref name="fullName"/> is not one.</summary>
    public static PyModuleSpec? Find(string fullName)
    {
        Entry? entry;
        lock (s_modules)
        {
            if (!s_modules.TryGetValue(fullName, out entry))
            {
                return null;
            }
        }
        var stem = Path.Combine(entry.Home, Path.Combine(fullName.Split('.')));
        return entry.Kind switch
        {
            FrozenModuleKind.Module => new PyModuleSpec(fullName, ModuleLoadKind.Frozen, stem + ModuleFinder.SourceSuffix, null, null),
            FrozenModuleKind.Package => new PyModuleSpec(fullName, ModuleLoadKind.Frozen, Path.Combine(stem, "__init__" + ModuleFinder.SourceSuffix), new[] { stem }, null),
            _ => new PyModuleSpec(fullName, ModuleLoadKind.Namespace, null, new[] { stem }, null),
        };
    }

    /// <summary>The module body of a frozen module.</summary>
    public static PyModuleCode GetCode(string fullName)
    {
        Entry entry;
        lock (s_modules)
        {
            entry = s_modules[fullName];
        }
        using var stream = entry.Assembly.GetManifestResourceStream(entry.Resource) ?? throw new PyException(PyErrors.ModuleNotFound(fullName));
        var image = new byte[stream.Length];
        stream.ReadExactly(image);
        ImportTrace.Message($"code object from frozen module {PyStr.Repr(fullName)}");
        return CompiledAssemblies.Load(image);
    }

    /// <summary>Makes the sources an assembly carries available to tracebacks (read only when a traceback needs one).</summary>
    public static void RegisterSources(Assembly assembly)
    {
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (resource.StartsWith(SourcePrefix, StringComparison.Ordinal))
            {
                TracebackPrinter.RegisterSourceProvider(resource[SourcePrefix.Length..], () =>
                {
                    using var stream = assembly.GetManifestResourceStream(resource);
                    return stream == null ? null : new StreamReader(stream).ReadToEnd();
                });
            }
        }
    }
}
