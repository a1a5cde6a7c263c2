using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>How a module is loaded: what its spec's loader does.</summary>
public enum ModuleLoadKind
{
    Builtin,
    Source,
    Sourceless,
    Namespace,
    Frozen,
}

/// <summary>
/// A module's spec (importlib.machinery.ModuleSpec): what the finder found, kept as the module's __spec__. CPython's
/// attributes: name, loader, origin, submodule_search_locations, cached, parent, has_location, and _initializing
/// while the module body runs (which is how "partially initialized module" errors are told apart).
/// </summary>
public sealed class PyModuleSpec : PyObject, IHasDict
{
    private static readonly PyType s_type = new("ModuleSpec", PyType.ObjectType, Init, module: "_frozen_importlib", isBaseType: false);

    /// <summary>importlib.machinery.ModuleSpec.</summary>
    public static PyType SpecType => s_type;

    public PyModuleSpec(string name, ModuleLoadKind kind, string? origin, IReadOnlyList<string>? searchLocations, string? cached)
    {
        Name = name;
        Kind = kind;
        Origin = origin;
        Cached = cached;
        SubmoduleSearchLocations = searchLocations == null ? null : PathList(searchLocations);
        Loader = new PyModuleLoader(kind, name, origin);
    }

    /// <summary>A package's __path__. (A loop, not LINQ: every module spec is made at start-up, for sys and builtins,
    /// and a LINQ call in this constructor loaded System.Linq for it.)</summary>
    private static PyList PathList(IReadOnlyList<string> locations)
    {
        var items = new object?[locations.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = new PyStr(locations[i]);
        }
        return new PyList(items, items.Length);
    }

    public override PyType Type => s_type;

    public string Name { get; }

    public ModuleLoadKind Kind { get; }

    /// <summary>The file the module comes from (or "built-in"); null for namespace packages.</summary>
    public string? Origin { get; }

    /// <summary>The cache file for a source module (whether or not it exists), the file itself for a sourceless one.</summary>
    public string? Cached { get; }

    /// <summary>A package's __path__ (null for plain modules).</summary>
    public PyList? SubmoduleSearchLocations { get; }

    public PyModuleLoader Loader { get; }

    public bool IsInitializing { get; set; }

    public bool HasLocation => Kind is ModuleLoadKind.Source or ModuleLoadKind.Sourceless or ModuleLoadKind.Frozen;

    public bool IsPackage => SubmoduleSearchLocations != null;

    /// <summary>The package the module belongs to: itself for a package, else the name up to the last dot.</summary>
    public string Parent => IsPackage ? Name : Name.Contains('.') ? Name[..Name.LastIndexOf('.')] : string.Empty;

    public PyDict? InstanceDict { get; private set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    private static void Init(PyType t)
    {
        t.DefGetSet("name", self => new PyStr(((PyModuleSpec)self).Name));
        t.DefGetSet("loader", self => ((PyModuleSpec)self).Loader);
        t.DefGetSet("origin", self => Str(((PyModuleSpec)self).Origin));
        t.DefGetSet("cached", self => Str(((PyModuleSpec)self).Cached));
        t.DefGetSet("submodule_search_locations", self => ((PyModuleSpec)self).SubmoduleSearchLocations);
        t.DefGetSet("parent", self => new PyStr(((PyModuleSpec)self).Parent));
        t.DefGetSet("has_location", self => ((PyModuleSpec)self).HasLocation);
        t.DefGetSet("loader_state", self => null);
        t.DefGetSet("_initializing", self => ((PyModuleSpec)self).IsInitializing, (self, v) => ((PyModuleSpec)self).IsInitializing = PyProtocol.IsTrue(v));
        t.DefMethod("__repr__", self => new PyStr(((PyModuleSpec)self!).Repr()));
    }

    private static PyStr? Str(string? s) => s == null ? null : new PyStr(s);

    private string Repr()
    {
        var parts = new List<string> { "name=" + PyStr.Repr(Name), "loader=" + PyProtocol.Repr(Loader) };
        if (Origin != null)
        {
            parts.Add("origin=" + PyStr.Repr(Origin));
        }
        if (SubmoduleSearchLocations != null)
        {
            parts.Add("submodule_search_locations=" + PyProtocol.Repr(SubmoduleSearchLocations));
        }
        return "ModuleSpec(" + string.Join(", ", parts) + ")";
    }
}

/// <summary>A module's __loader__: one object per module, of a type named as CPython names its loaders.</summary>
public sealed class PyModuleLoader : PyObject
{
    private static readonly PyType s_builtin = new("BuiltinImporter", PyType.ObjectType, Init, module: "_frozen_importlib", isBaseType: false);
    private static readonly PyType s_source = new("SourceFileLoader", PyType.ObjectType, Init, module: "_frozen_importlib_external", isBaseType: false);
    private static readonly PyType s_sourceless = new("SourcelessFileLoader", PyType.ObjectType, Init, module: "_frozen_importlib_external", isBaseType: false);
    private static readonly PyType s_namespace = new("NamespaceLoader", PyType.ObjectType, Init, module: "_frozen_importlib_external", isBaseType: false);
    private static readonly PyType s_frozen = new("FrozenImporter", PyType.ObjectType, Init, module: "_frozen_importlib", isBaseType: false);

    public PyModuleLoader(ModuleLoadKind kind, string name, string? path)
    {
        Kind = kind;
        Name = name;
        Path = path;
    }

    public ModuleLoadKind Kind { get; }

    public string Name { get; }

    public string? Path { get; }

    public override PyType Type => Kind switch
    {
        ModuleLoadKind.Builtin => s_builtin,
        ModuleLoadKind.Source => s_source,
        ModuleLoadKind.Sourceless => s_sourceless,
        ModuleLoadKind.Frozen => s_frozen,
        _ => s_namespace,
    };

    private static void Init(PyType t)
    {
        t.DefGetSet("name", self => new PyStr(((PyModuleLoader)self).Name));
        t.DefGetSet("path", self => ((PyModuleLoader)self).Path is { } p ? new PyStr(p) : null);
        t.DefMethod("get_filename", (self, name) => ((PyModuleLoader)self!).Path is { } p ? new PyStr(p) : null);
        t.DefMethod("is_package", (self, name) => ((PyModuleLoader)self!).Path is { } p && System.IO.Path.GetFileNameWithoutExtension(p) == "__init__");
        t.DefMethod("create_module", (self, spec) => null);
        t.DefMethod("exec_module", (self, module) =>
        {
            // The module's own spec, as importlib's loaders read it (module_from_spec put it there).
            if (module is not PyModule m || !m.Dict.TryGetValue(PyStr.Intern("__spec__"), out var spec) || spec is not PyModuleSpec s)
            {
                throw new PyException(PyErrors.TypeError("exec_module() takes a module made by importlib.util.module_from_spec"));
            }
            Importer.ExecModule(m, s);
            return null;
        });
    }
}
