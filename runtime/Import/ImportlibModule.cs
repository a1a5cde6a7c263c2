namespace PyNet.Runtime;

/// <summary>
/// The <c>importlib</c> package, written in C#: import_module, reload, invalidate_caches; and <c>importlib.util</c>
/// with find_spec, resolve_name, cache_from_source, spec_from_file_location and module_from_spec (the loaders'
/// exec_module runs the module: the usual way to load a module from a path); <c>importlib.machinery</c> with the file suffixes the finder
/// knows and ModuleSpec (what inspect and pkgutil read at import time).
/// </summary>
internal static class ImportlibModule
{
    private static readonly string[] s_importModuleParameters = { "name", "package" };

    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("importlib", d);
        d[PyStr.Intern("__import__")] = Importer.DunderImport;
        d[PyStr.Intern("__path__")] = new PyList();
        Def(d, new PyBuiltinFunction("import_module", (args, kw) =>
        {
            var a = Builtins.BindArguments("import_module", args, kw, 0, s_importModuleParameters, 1);
            var name = a[0] as PyStr ?? throw new PyException(PyErrors.ModuleNameNotStr(a[0]));
            var package = ReferenceEquals(a[1], PyOps.Unbound) ? null : a[1];
            return ImportModule(name.Value, package);
        }));
        Def(d, PyBuiltinFunction.Create("reload", Importer.Reload));
        Def(d, PyBuiltinFunction.Create("invalidate_caches", () => null));
        return m;
    }

    public static PyModule CreateUtil()
    {
        var d = new PyDict();
        var m = new PyModule("importlib.util", d);
        Def(d, new PyBuiltinFunction("find_spec", (args, kw) =>
        {
            var a = Builtins.BindArguments("find_spec", args, kw, 0, s_importModuleParameters, 1);
            var name = a[0] as PyStr ?? throw new PyException(PyErrors.ModuleNameNotStr(a[0]));
            var package = ReferenceEquals(a[1], PyOps.Unbound) ? null : a[1];
            return FindSpec(Absolute(name.Value, package));
        }));
        Def(d, PyBuiltinFunction.Create("resolve_name", (name, package) => new PyStr(Absolute(Builtins.StrOf(name), package))));
        Def(d, PyBuiltinFunction.Create("cache_from_source", path => new PyStr(ModuleCache.CacheFromSource(Builtins.StrOf(path)))));
        Def(d, new PyBuiltinFunction("spec_from_file_location", (args, kw) =>
        {
            var a = Builtins.BindArguments("spec_from_file_location", args, kw, 0, s_specFromFileParameters, 1);
            var name = a[0] as PyStr ?? throw new PyException(PyErrors.ModuleNameNotStr(a[0]));
            return SpecFromFileLocation(name.Value, ReferenceEquals(a[1], PyOps.Unbound) ? null : a[1]);
        }));
        Def(d, PyBuiltinFunction.Create("module_from_spec", ModuleFromSpec));
        return m;
    }

    private static readonly string[] s_specFromFileParameters = { "name", "location" };

    /// <summary>
    /// importlib.util.spec_from_file_location(name, location): the spec of a module loaded from a .py file, or from a
    /// compiled module (.dll); None for a file the finder would not load, as CPython answers for an unknown suffix.
    /// </summary>
    private static object? SpecFromFileLocation(string name, object? location)
    {
        if (location == null)
        {
            return null;
        }
        var path = System.IO.Path.GetFullPath(Builtins.StrOf(PosixModule.FsPath(location)));
        if (path.EndsWith(".py", System.StringComparison.Ordinal))
        {
            return new PyModuleSpec(name, ModuleLoadKind.Source, path, null, ModuleCache.CacheFromSource(path));
        }
        if (path.EndsWith(ModuleFinder.CompiledSuffix, System.StringComparison.Ordinal))
        {
            return new PyModuleSpec(name, ModuleLoadKind.Sourceless, path, null, path);
        }
        return null;
    }

    /// <summary>importlib.util.module_from_spec: a new module with the spec's attributes; not put in sys.modules.</summary>
    private static object? ModuleFromSpec(object? spec)
    {
        if (spec is not PyModuleSpec s)
        {
            throw new PyException(PyErrors.TypeError("module_from_spec() takes a module spec made by importlib"));
        }
        if (s.Kind == ModuleLoadKind.Builtin)
        {
            return Importer.InitBuiltinModule(Importer.CreateBuiltinModule(s.Name), s);
        }
        var module = new PyModule(s.Name);
        Importer.InitModuleAttributes(module.Dict, s);
        return module;
    }

    public static PyModule CreateMachinery()
    {
        var d = new PyDict();
        var m = new PyModule("importlib.machinery", d);
        // PyNet's finder loads m.py, and a compiled m.dll where no source is (ModuleFinder); no extension modules.
        d[PyStr.Intern("SOURCE_SUFFIXES")] = SuffixList(".py");
        d[PyStr.Intern("BYTECODE_SUFFIXES")] = SuffixList(".dll");
        d[PyStr.Intern("DEBUG_BYTECODE_SUFFIXES")] = SuffixList(".dll");
        d[PyStr.Intern("OPTIMIZED_BYTECODE_SUFFIXES")] = SuffixList(".dll");
        d[PyStr.Intern("EXTENSION_SUFFIXES")] = new PyList();
        d[PyStr.Intern("ModuleSpec")] = PyModuleSpec.SpecType;
        Def(d, PyBuiltinFunction.Create("all_suffixes", () => SuffixList(".py", ".dll")));
        return m;
    }

    private static PyList SuffixList(params string[] suffixes)
    {
        var list = new PyList();
        foreach (var s in suffixes)
        {
            list.Append(new PyStr(s));
        }
        return list;
    }

    /// <summary>importlib.util.find_spec: the spec of a module in sys.modules, else of the module the finder would load.</summary>
    private static object? FindSpec(string name)
    {
        if (Sys.Modules.TryGetValue(new PyStr(name), out var existing))
        {
            return existing == null ? null : PyProtocol.TryGetAttr(existing, PyStr.Intern("__spec__"), out var spec) ? spec : null;
        }
        var dot = name.LastIndexOf('.');
        var parent = dot < 0 ? null : Importer.ImportModule(name[..dot]);
        if (parent != null && !PyProtocol.TryGetAttr(parent, PyStr.Intern("__path__"), out _))
        {
            throw new PyException(PyErrors.PathNotFoundOnParent(name[..dot], name));
        }
        return Importer.FindSpec(name, parent);
    }

    /// <summary>importlib.import_module(name, package): a leading dot makes the name relative to package.</summary>
    private static object? ImportModule(string name, object? package) => Importer.ImportModule(Absolute(name, package));

    private static string Absolute(string name, object? package)
    {
        var level = 0;
        if (name.StartsWith('.'))
        {
            if (package == null)
            {
                throw new PyException(PyErrors.RelativeImportNeedsPackage(name));
            }
            while (level < name.Length && name[level] == '.')
            {
                level++;
            }
        }
        var absolute = level > 0 ? Importer.ResolveName(name[level..], package, level) : name;
        if (absolute.Length == 0)
        {
            throw new PyException(PyErrors.EmptyModuleName());
        }
        return absolute;
    }

    private static void Def(PyDict d, PyBuiltinFunction f) => d[PyStr.Intern(f.Name)] = f;
}
