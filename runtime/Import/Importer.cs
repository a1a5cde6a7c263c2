using System;
using System.Collections.Generic;
using System.Linq;

namespace PyNet.Runtime;

/// <summary>
/// The import system, after importlib._bootstrap: <c>__import__</c> (<see cref="ImportName"/>), finding and loading
/// a module by its full name with its parents first (<see cref="ImportModule"/>), sys.modules as the cache (a None
/// entry blocks an import), and the module attributes a loaded module gets. Finding is <see cref="ModuleFinder"/>,
/// the compiled-module cache is <see cref="ModuleCache"/>, the from-import forms are in Importer.From.cs.
/// </summary>
public static partial class Importer
{
    /// <summary>The modules written in C#, sorted (ordinal) as sys.builtin_module_names lists them.</summary>
    private static readonly string[] s_builtinModuleNames =
    {
        "_abc",
        "_ast",
        "_codecs",
        "_collections",
        "_contextvars",
        "_io",
        "_random",
        "_sha512",
        "_sre",
        "_string",
        "_struct",
        "_thread",
        "_weakref",
        "atexit",
        "binascii",
        "builtins",
        "errno",
        "gc",
        "importlib",
        "importlib.machinery",
        "importlib.util",
        "itertools",
        "math",
        "posix",
        "sys",
        "time",
    };

    /// <summary>Builtin modules added at run time by a host (<see cref="RegisterBuiltin"/>).</summary>
    private static Dictionary<string, Func<PyModule>>? s_registeredModules;

    /// <summary>
    /// Creates a builtin module. A switch rather than a table of factory delegates: building the table loaded every
    /// module's type at start-up (a delegate needs its target method), which a program that imports none of them paid.
    /// </summary>
    internal static PyModule CreateBuiltinModule(string name) => name switch
    {
        "sys" => Sys.Module,
        "builtins" => Builtins.Module,
        "math" => MathModule.Create(),
        "time" => TimeModule.Create(),
        "itertools" => ItertoolsModule.Create(),
        "_abc" => AbcModule.Create(),
        "_ast" => AstModule.Create(),
        "_thread" => ThreadModule.Create(),
        "_weakref" => WeakrefModule.Create(),
        "_random" => RandomModule.Create(),
        "_string" => StringModule.Create(),
        "errno" => ErrnoModule.Create(),
        "atexit" => AtexitModule.Create(),
        "binascii" => BinasciiModule.Create(),
        "_contextvars" => ContextvarsModule.Create(),
        "posix" => PosixModule.Create(),
        "_struct" => StructModule.Create(),
        "_codecs" => CodecsModule.Create(),
        "_io" => IoModule.Create(),
        "_sre" => SreModule.Create(),
        "_sha512" => Sha512Module.Create(),
        "gc" => GcModule.Create(),
        "_collections" => CollectionsModule.Create(),
        "importlib" => ImportlibModule.Create(),
        "importlib.machinery" => ImportlibModule.CreateMachinery(),
        "importlib.util" => ImportlibModule.CreateUtil(),
        _ => s_registeredModules![name](),
    };

    private static readonly object s_lock = new();

    private static readonly PyStr s_package = PyStr.Intern("__package__");
    private static readonly PyStr s_spec = PyStr.Intern("__spec__");
    private static readonly PyStr s_name = PyStr.Intern("__name__");
    private static readonly PyStr s_path = PyStr.Intern("__path__");
    private static readonly PyStr s_file = PyStr.Intern("__file__");
    private static readonly PyStr s_cached = PyStr.Intern("__cached__");
    private static readonly PyStr s_loader = PyStr.Intern("__loader__");
    private static readonly PyStr s_builtins = PyStr.Intern("__builtins__");

    /// <summary>The compiler, registered by the host; reached only when a module must be compiled.</summary>
    public static ICompilerService? Compiler { get; set; }

    /// <summary>Modules found after the path: .NET namespaces, registered by the host.</summary>
    public static IForeignModuleProvider? ForeignModules { get; set; }

    /// <summary>Registers a module written in C# (math, time, ...).</summary>
    public static void RegisterBuiltin(string name, Func<PyModule> factory)
    {
        lock (s_lock)
        {
            (s_registeredModules ??= new())[name] = factory;
        }
    }

    /// <summary>The names of the builtin modules, sorted (ordinal).</summary>
    public static IReadOnlyList<string> BuiltinModuleNames => s_builtinModuleNames;

    /// <summary>
    /// The import statement's core, __import__(name, globals, locals, fromlist, level): imports the module and its
    /// packages, and returns the top-level package (plain import) or the module itself (from-import). The compiled
    /// from-import passes <c>True</c> as the fromlist: its names are then resolved one by one by <see cref="ImportFrom"/>.
    /// </summary>
    public static object? ImportName(PyDict? globals, string name, object? fromList, int level)
    {
        if (level < 0)
        {
            throw new PyException(PyErrors.ImportLevelNegative());
        }
        var absolute = level > 0 ? ResolveName(name, PackageOf(globals), level) : name;
        if (absolute.Length == 0)
        {
            throw new PyException(PyErrors.EmptyModuleName());
        }
        var module = ImportModule(absolute);
        if (fromList == null || !PyProtocol.IsTrue(fromList))
        {
            if (level == 0)
            {
                var dot = absolute.IndexOf('.');
                return dot < 0 ? module : ImportModule(absolute[..dot]);
            }
            if (name.Length == 0)
            {
                return module;
            }
            // from a relative name without a fromlist: the module named by the part before the first dot of name.
            var cut = name.Length - (name.IndexOf('.') is var i and >= 0 ? i : name.Length);
            var moduleName = ModuleName(module);
            return GetModule(moduleName[..(moduleName.Length - cut)]);
        }
        if (fromList is not bool && module is PyModule pm && pm.Dict.ContainsKey(s_path))
        {
            HandleFromList(pm, Builtins.ToArray(fromList), recursive: false);
        }
        return module;
    }

    /// <summary>The package a relative import starts from (importlib's _calc___package__).</summary>
    private static object? PackageOf(PyDict? globals)
    {
        if (globals == null)
        {
            return null;
        }
        if (globals.TryGetValue(s_package, out var package) && package != null)
        {
            return package;
        }
        if (globals.TryGetValue(s_spec, out var spec) && spec is PyModuleSpec ms)
        {
            return new PyStr(ms.Parent);
        }
        if (globals.TryGetValue(s_name, out var n) && n is PyStr name)
        {
            return globals.ContainsKey(s_path) ? name : new PyStr(name.Value.Contains('.') ? name.Value[..name.Value.LastIndexOf('.')] : string.Empty);
        }
        return null;
    }

    /// <summary>importlib's _resolve_name: <paramref name="name"/> relative to <paramref name="package"/>, <paramref name="level"/> dots up.</summary>
    public static string ResolveName(string name, object? package, int level)
    {
        if (package != null && package is not PyStr)
        {
            throw new PyException(PyErrors.PackageNotString());
        }
        var p = (package as PyStr)?.Value;
        if (string.IsNullOrEmpty(p))
        {
            throw new PyException(PyErrors.ImportOutsidePackage());
        }
        var bits = p.Split('.');
        if (bits.Length < level)
        {
            throw new PyException(PyErrors.ImportBeyondTopLevel());
        }
        var baseName = string.Join('.', bits.Take(bits.Length - (level - 1)));
        return name.Length == 0 ? baseName : baseName + "." + name;
    }

    private static object? GetModule(string name) => Sys.Modules.TryGetValue(new PyStr(name), out var m) ? m : null;

    private static string ModuleName(object? module) =>
        module is PyModule m ? m.Name : PyProtocol.TryGetAttr(module, s_name, out var n) && n is PyStr s ? s.Value : "?";

    /// <summary>Imports a module by its full dotted name (importlib's _gcd_import), importing its parents first.</summary>
    public static object? ImportModule(string fullName)
    {
        lock (s_lock)
        {
            var key = new PyStr(fullName);
            if (Sys.Modules.TryGetValue(key, out var existing))
            {
                return existing ?? throw new PyException(PyErrors.ImportHalted(fullName));
            }
            return FindAndLoad(fullName, key);
        }
    }

    private static object? FindAndLoad(string fullName, PyStr key)
    {
        var dot = fullName.LastIndexOf('.');
        object? parent = null;
        if (dot >= 0)
        {
            var parentName = fullName[..dot];
            if (!Sys.Modules.ContainsKey(new PyStr(parentName)))
            {
                ImportModule(parentName);
            }
            if (Sys.Modules.TryGetValue(key, out var loaded))
            {
                return loaded;
            }
            parent = GetModule(parentName);
        }
        var spec = FindSpec(fullName, parent);
        object? module;
        if (spec != null)
        {
            module = Load(spec);
        }
        else
        {
            module = ForeignModules?.TryImport(fullName) ?? throw new PyException(PyErrors.ModuleNotFound(fullName));
            Sys.Modules[key] = module;
        }
        if (parent != null)
        {
            PyProtocol.SetAttr(parent, new PyStr(fullName[(dot + 1)..]), module);
        }
        return module;
    }

    /// <summary>True when <paramref name="name"/> is a module written in C# (found before anything on sys.path).</summary>
    public static bool IsBuiltin(string name) =>
        Array.BinarySearch(s_builtinModuleNames, name, StringComparer.Ordinal) >= 0 || s_registeredModules?.ContainsKey(name) == true;

    /// <summary>Finds a module: a builtin one, a frozen one, else on its parent's __path__ (or sys.path for a top-level name).</summary>
    public static PyModuleSpec? FindSpec(string fullName, object? parent)
    {
        if (IsBuiltin(fullName))
        {
            return new PyModuleSpec(fullName, ModuleLoadKind.Builtin, "built-in", null, null);
        }
        if (FrozenModules.Find(fullName) is { } frozen)
        {
            return frozen;
        }
        IEnumerable<string> searchPath;
        if (parent != null || fullName.Contains('.'))
        {
            var parentName = fullName[..fullName.LastIndexOf('.')];
            if (!PyProtocol.TryGetAttr(parent, s_path, out var path))
            {
                throw new PyException(PyErrors.ModuleNotFoundNotPackage(fullName, parentName));
            }
            searchPath = PathEntries(path);
        }
        else
        {
            searchPath = PathEntries(Sys.Path);
        }
        return ModuleFinder.Find(fullName, searchPath);
    }

    private static IEnumerable<string> PathEntries(object? path) => Builtins.ToArray(path).OfType<PyStr>().Select(s => s.Value);

    /// <summary>Creates the module for a spec, puts it in sys.modules and runs it (importlib's _load_unlocked).</summary>
    public static object? Load(PyModuleSpec spec)
    {
        var key = new PyStr(spec.Name);
        if (spec.Kind == ModuleLoadKind.Builtin)
        {
            var builtin = InitBuiltinModule(CreateBuiltinModule(spec.Name), spec);
            Sys.Modules[key] = builtin;
            ImportTrace.Imported(spec.Name, spec.Loader);
            return builtin;
        }
        var module = new PyModule(spec.Name);
        InitModuleAttributes(module.Dict, spec);
        Sys.Modules[key] = module;
        Exec(module, spec);
        // The module may have replaced itself in sys.modules.
        var result = Sys.Modules.TryGetValue(key, out var final) ? final : module;
        Sys.Modules.Remove(key);
        Sys.Modules[key] = result;
        ImportTrace.Imported(spec.Name, spec.Loader);
        return result;
    }

    /// <summary>Gives a module written in C# the attributes of a built-in module (its __spec__ says "built-in").</summary>
    public static PyModule InitBuiltinModule(PyModule module, PyModuleSpec? spec = null)
    {
        spec ??= new PyModuleSpec(module.Name, ModuleLoadKind.Builtin, "built-in", null, null);
        SetDefault(module.Dict, s_spec, spec);
        SetDefault(module.Dict, s_loader, spec.Loader);
        SetDefault(module.Dict, s_package, PyStr.Intern(string.Empty));
        return module;
    }

    private static void SetDefault(PyDict d, PyStr key, object? value)
    {
        if (!d.ContainsKey(key))
        {
            d[key] = value;
        }
    }

    /// <summary>Runs a module's code in its namespace, marking the spec as initialising (and undoing sys.modules on failure).</summary>
    private static void Exec(PyModule module, PyModuleSpec spec)
    {
        try
        {
            ExecModule(module, spec);
        }
        catch
        {
            Sys.Modules.Remove(new PyStr(spec.Name));
            throw;
        }
    }

    /// <summary>A loader's exec_module: runs the spec's code in the module's namespace, the spec marked as initialising.</summary>
    public static void ExecModule(PyModule module, PyModuleSpec spec)
    {
        spec.IsInitializing = true;
        try
        {
            if (spec.Kind != ModuleLoadKind.Namespace)
            {
                Run(ModuleCache.GetCode(spec), module.Dict);
            }
        }
        finally
        {
            spec.IsInitializing = false;
        }
    }

    /// <summary>Runs a compiled module body; a Python exception it raises is thrown as a PyException.</summary>
    public static void Run(PyModuleCode code, PyDict globals)
    {
        if (ReferenceEquals(code(globals, globals), PyOps.Raised))
        {
            throw PyOps.TakePendingAsException();
        }
    }

    /// <summary>importlib's _init_module_attrs.</summary>
    public static void InitModuleAttributes(PyDict d, PyModuleSpec spec)
    {
        d[s_loader] = spec.Loader;
        d[s_package] = new PyStr(spec.Parent);
        d[s_spec] = spec;
        if (spec.SubmoduleSearchLocations != null)
        {
            d[s_path] = spec.SubmoduleSearchLocations;
        }
        if (spec.HasLocation)
        {
            d[s_file] = new PyStr(spec.Origin!);
            if (spec.Cached != null)
            {
                d[s_cached] = new PyStr(spec.Cached);
            }
        }
        else if (spec.Kind == ModuleLoadKind.Namespace)
        {
            d[s_file] = null;
        }
        d[s_builtins] = Builtins.Dict;
    }

    /// <summary>importlib.reload: runs the module's code again in the same namespace.</summary>
    public static object? Reload(object? module)
    {
        if (module is not PyModule m)
        {
            throw new PyException(PyErrors.ReloadArgumentNotModule());
        }
        lock (s_lock)
        {
            var name = m.Dict.TryGetValue(s_spec, out var s) && s is PyModuleSpec old ? old.Name : m.Name;
            var key = new PyStr(name);
            if (!Sys.Modules.TryGetValue(key, out var current) || !ReferenceEquals(current, m))
            {
                throw new PyException(PyErrors.ModuleNotInSysModules(name));
            }
            var dot = name.LastIndexOf('.');
            object? parent = null;
            if (dot >= 0 && !Sys.Modules.TryGetValue(new PyStr(name[..dot]), out parent))
            {
                throw new PyException(PyErrors.ModuleNotInSysModules(name[..dot]));
            }
            var spec = FindSpec(name, parent) ?? throw new PyException(PyErrors.ModuleNotFound(name));
            if (spec.Kind == ModuleLoadKind.Builtin)
            {
                return m;
            }
            InitModuleAttributes(m.Dict, spec);
            spec.IsInitializing = true;
            try
            {
                if (spec.Kind != ModuleLoadKind.Namespace)
                {
                    Run(ModuleCache.GetCode(spec), m.Dict);
                }
            }
            finally
            {
                spec.IsInitializing = false;
            }
            return Sys.Modules.TryGetValue(key, out var final) ? final : m;
        }
    }
}
