using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using PyNet.Runtime;

namespace PyNet.Interop;

/// <summary>
/// .NET namespaces as Python modules. An index maps each namespace to its public types over the loaded assemblies
/// (kept up to date as assemblies load). A namespace module holds its types; sub-namespaces are resolved on first
/// access by the module's __getattr__. Platform assemblies are loaded on demand: importing System.Collections loads
/// System.Collections.dll, and a miss on System.X tries the assembly System.X (System.Console, System.Linq...).
/// </summary>
public static class ClrNamespaces
{
    private static readonly object s_lock = new();
    private static readonly Dictionary<string, Dictionary<string, List<Type>>> s_types = new(StringComparer.Ordinal);
    private static readonly HashSet<string> s_namespaces = new(StringComparer.Ordinal);
    private static readonly HashSet<Assembly> s_indexed = new();
    private static readonly Dictionary<string, PyModule> s_modules = new(StringComparer.Ordinal);
    private static readonly List<Assembly> s_facadesToIndex = new();
    private static readonly HashSet<Assembly> s_forwardIndexed = new();
    private static readonly Lazy<Dictionary<string, string>> s_platform = new(PlatformAssemblies);
    private static readonly PyStr s_path = PyStr.Intern("__path__");
    private static readonly PyStr s_getattr = PyStr.Intern("__getattr__");

    public static void Initialize()
    {
        AppDomain.CurrentDomain.AssemblyLoad += (_, e) =>
        {
            if (!IsPyNetInternal(e.LoadedAssembly))
            {
                Index(e.LoadedAssembly);
            }
        };
        foreach (var a in AppDomain.CurrentDomain.GetAssemblies().Where(a => !IsPyNetInternal(a)))
        {
            Index(a);
        }
    }

    /// <summary>Adds an assembly's public types to the index; <paramref name="withForwarded"/> adds the types a facade forwards (clr.AddReference of a reference assembly).</summary>
    /// <summary>PyNet's own assemblies and the libraries it uses: not visible as namespaces unless a program adds a reference to them.</summary>
    private static bool IsPyNetInternal(Assembly a) => a.GetName().Name is { } n && (n.StartsWith("PyNet.", StringComparison.Ordinal)
        || n.StartsWith("Mono.Cecil", StringComparison.Ordinal) || n == "pynet");

    public static void Index(Assembly assembly, bool withForwarded = false)
    {
        if (assembly.IsDynamic)
        {
            return;
        }
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
            if (withForwarded)
            {
                types = types.Concat(assembly.GetForwardedTypes().Where(t => t.IsPublic)).ToArray();
            }
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or NotSupportedException or FileNotFoundException)
        {
            return;
        }
        lock (s_lock)
        {
            if (!s_indexed.Add(assembly) && !withForwarded)
            {
                return;
            }
            foreach (var t in types.Where(t => !t.IsNested && t.Namespace != null))
            {
                AddNamespace(t.Namespace!);
                if (!s_types.TryGetValue(t.Namespace!, out var names))
                {
                    s_types[t.Namespace!] = names = new Dictionary<string, List<Type>>(StringComparer.Ordinal);
                }
                var name = t.Name.IndexOf('`') is var tick and >= 0 ? t.Name[..tick] : t.Name;
                if (!names.TryGetValue(name, out var list))
                {
                    names[name] = list = new List<Type>();
                }
                if (list.Contains(t))
                {
                    continue;
                }
                list.Add(t);
                if (s_modules.TryGetValue(t.Namespace!, out var module))
                {
                    module.Dict[new PyStr(name)] = ClrTypes.Get(Representative(list));
                }
            }
        }
    }

    private static void AddNamespace(string ns)
    {
        while (s_namespaces.Add(ns))
        {
            var dot = ns.LastIndexOf('.');
            if (dot < 0)
            {
                return;
            }
            ns = ns[..dot];
        }
    }

    /// <summary>The type a name stands for when several share it: the non-generic one, else the fewest type parameters.</summary>
    private static Type Representative(List<Type> family) => family.OrderBy(t => t.IsGenericTypeDefinition ? t.GetGenericArguments().Length : 0).First();

    public static Type? FindType(string fullName)
    {
        lock (s_lock)
        {
            foreach (var a in s_indexed)
            {
                if (a.GetType(fullName) is { } t)
                {
                    return t;
                }
            }
        }
        return null;
    }

    /// <summary>The module for namespace <paramref name="ns"/>, or null when no loaded or platform assembly defines it.</summary>
    public static PyModule? GetModule(string ns)
    {
        lock (s_lock)
        {
            if (s_modules.TryGetValue(ns, out var existing))
            {
                return existing;
            }
        }
        LoadPlatformAssembliesFor(ns);
        if (!IsNamespace(ns))
        {
            IndexForwardedTypes();
        }
        lock (s_lock)
        {
            if (!s_namespaces.Contains(ns))
            {
                return null;
            }
            if (s_modules.TryGetValue(ns, out var existing))
            {
                return existing;
            }
            var module = new PyModule(ns);
            module.Dict[s_path] = new PyList();
            module.Dict[PyStr.Intern("__package__")] = new PyStr(ns);
            module.Dict[PyStr.Intern("__doc__")] = new PyStr(".NET namespace " + ns);
            module.Dict[s_getattr] = PyBuiltinFunction.Create("__getattr__", name => Resolve(ns, name));
            if (s_types.TryGetValue(ns, out var names))
            {
                foreach (var (name, family) in names.ToList())
                {
                    module.Dict[new PyStr(name)] = ClrTypes.Get(Representative(family));
                }
            }
            s_modules[ns] = module;
            return module;
        }
    }

    /// <summary>A namespace module's __getattr__: a sub-namespace, or a type from a platform assembly not loaded yet.</summary>
    private static object? Resolve(string ns, object? name)
    {
        var text = (name as PyStr)?.Value ?? string.Empty;
        var full = ns + "." + text;
        var module = GetModule(full);
        if (module != null)
        {
            Sys.Modules[new PyStr(full)] = module;
            return module;
        }
        var owner = GetModule(ns)!;
        if (owner.Dict.TryGetValue(name, out var found))
        {
            return found;
        }
        IndexForwardedTypes();
        if (owner.Dict.TryGetValue(name, out found))
        {
            return found;
        }
        throw new PyException(PyErrors.New(PyExc.AttributeError, $"module '{ns}' has no attribute '{text}'"));
    }

    /// <summary>Loads the platform assemblies named after <paramref name="ns"/> or one of its parents (System.Collections.dll for System.Collections.Generic).</summary>
    private static void LoadPlatformAssembliesFor(string ns)
    {
        var platform = s_platform.Value;
        for (var name = ns; ; name = name[..name.LastIndexOf('.')])
        {
            if (platform.TryGetValue(name, out var path))
            {
                var assembly = Assembly.LoadFrom(path);
                Index(assembly);
                lock (s_lock)
                {
                    s_facadesToIndex.Add(assembly);
                }
            }
            if (!name.Contains('.'))
            {
                break;
            }
        }
    }

    private static bool IsNamespace(string ns)
    {
        lock (s_lock)
        {
            return s_namespaces.Contains(ns);
        }
    }

    /// <summary>
    /// Indexes the types that the platform assemblies loaded so far forward elsewhere (System.dll forwards Uri to
    /// System.Private.Uri): done only when a name is not found otherwise, as resolving forwarders loads their targets.
    /// </summary>
    private static void IndexForwardedTypes()
    {
        Assembly[] pending;
        lock (s_lock)
        {
            pending = s_facadesToIndex.Append(typeof(object).Assembly).ToArray();
            s_facadesToIndex.Clear();
        }
        if (s_platform.Value.TryGetValue("System.Runtime", out var runtime))
        {
            pending = pending.Append(Assembly.LoadFrom(runtime)).ToArray();
        }
        foreach (var a in pending.Distinct())
        {
            bool first;
            lock (s_lock)
            {
                first = s_forwardIndexed.Add(a);
            }
            if (first)
            {
                Index(a, withForwarded: true);
            }
        }
    }

    public static Assembly LoadFrom(string path)
    {
        var assembly = Assembly.LoadFrom(path);
        lock (s_lock)
        {
            s_forwardIndexed.Add(assembly);
        }
        Index(assembly, withForwarded: true);
        return assembly;
    }

    /// <summary>clr.AddReference: an assembly by simple or full name (a platform assembly, or one next to the program).</summary>
    public static Assembly Load(string name)
    {
        if (s_platform.Value.TryGetValue(name, out var path))
        {
            return LoadFrom(path);
        }
        var assembly = Assembly.Load(new AssemblyName(name));
        lock (s_lock)
        {
            s_forwardIndexed.Add(assembly);
        }
        Index(assembly, withForwarded: true);
        return assembly;
    }

    private static Dictionary<string, string> PlatformAssemblies()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string list)
        {
            foreach (var path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                result.TryAdd(Path.GetFileNameWithoutExtension(path), path);
            }
        }
        return result;
    }
}
