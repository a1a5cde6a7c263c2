using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PyNet.Runtime;

/// <summary>Loads a module from a file: compiles (or fetches from the cache) and executes it. Registered by the host.</summary>
public interface IModuleLoader
{
    /// <summary>Executes the module at <paramref name="path"/> in <paramref name="module"/>'s namespace.</summary>
    void Exec(PyModule module, string path);
}

/// <summary>The import system: sys.modules, builtin modules, and finding modules and packages on sys.path.</summary>
public static class Importer
{
    private static readonly Dictionary<string, Func<PyModule>> s_builtinModules = new()
    {
        ["sys"] = () => Sys.Module,
        ["builtins"] = () => Builtins.Module,
        ["math"] = MathModule.Create,
        ["time"] = TimeModule.Create,
        ["itertools"] = ItertoolsModule.Create,
        ["_abc"] = AbcModule.Create,
        ["_thread"] = ThreadModule.Create,
        ["_weakref"] = WeakrefModule.Create,
        ["_random"] = RandomModule.Create,
        ["_string"] = StringModule.Create,
        ["errno"] = ErrnoModule.Create,
        ["atexit"] = AtexitModule.Create,
        ["gc"] = GcModule.Create,
        ["_collections"] = CollectionsModule.Create,
    };

    private static readonly PyStr s_package = PyStr.Intern("__package__");
    private static readonly PyStr s_name = PyStr.Intern("__name__");
    private static readonly PyStr s_path = PyStr.Intern("__path__");
    private static readonly PyStr s_file = PyStr.Intern("__file__");
    private static readonly PyStr s_all = PyStr.Intern("__all__");

    public static IModuleLoader? Loader { get; set; }

    /// <summary>Registers a module written in C# (math, time, ...).</summary>
    public static void RegisterBuiltin(string name, Func<PyModule> factory) => s_builtinModules[name] = factory;

    public static IEnumerable<string> BuiltinModuleNames => s_builtinModules.Keys;

    /// <summary>The import statement's core (<c>__import__</c>): imports every package on the way.</summary>
    public static object? ImportName(PyDict globals, string name, object? fromList, int level)
    {
        var absolute = level > 0 ? ResolveRelative(globals, name, level) : name;
        if (absolute.Length == 0)
        {
            throw new PyException(PyErrors.ValueError("Empty module name"));
        }
        var module = ImportModule(absolute);
        var hasFromList = fromList != null && PyProtocol.IsTrue(fromList);
        if (hasFromList)
        {
            return module;
        }
        if (level == 0)
        {
            var top = absolute.Split('.')[0];
            return GetModule(top);
        }
        // "from . import x" style without fromlist never happens; "import .a" is invalid syntax.
        return module;
    }

    private static string ResolveRelative(PyDict globals, string name, int level)
    {
        string? package = null;
        if (globals.TryGetValue(s_package, out var p) && p is PyStr ps)
        {
            package = ps.Value;
        }
        else if (globals.TryGetValue(s_name, out var n) && n is PyStr ns)
        {
            package = globals.ContainsKey(s_path) ? ns.Value : ns.Value.Contains('.') ? ns.Value[..ns.Value.LastIndexOf('.')] : string.Empty;
        }
        if (string.IsNullOrEmpty(package))
        {
            throw new PyException(PyErrors.ImportOutsidePackage());
        }
        var parts = package.Split('.');
        if (level - 1 >= parts.Length)
        {
            throw new PyException(PyErrors.ImportBeyondTopLevel());
        }
        var bas = string.Join('.', parts.Take(parts.Length - (level - 1)));
        return name.Length == 0 ? bas : bas + "." + name;
    }

    private static object? GetModule(string name) => Sys.Modules.TryGetValue(new PyStr(name), out var m) ? m : null;

    /// <summary>Imports a module by its full dotted name, importing its parents first.</summary>
    public static object? ImportModule(string fullName)
    {
        var key = new PyStr(fullName);
        if (Sys.Modules.TryGetValue(key, out var existing))
        {
            if (existing == null)
            {
                throw new PyException(PyErrors.ModuleNotFound(fullName));
            }
            return existing;
        }
        var dot = fullName.LastIndexOf('.');
        IEnumerable<string> searchPath;
        object? parent = null;
        if (dot >= 0)
        {
            parent = ImportModule(fullName[..dot]);
            if (Sys.Modules.TryGetValue(key, out existing))
            {
                return existing;
            }
            if (parent is not PyModule pm || !pm.Dict.TryGetValue(s_path, out var pp) || pp == null)
            {
                throw new PyException(PyErrors.ModuleNotFoundNotPackage(fullName, fullName[..dot]));
            }
            searchPath = Builtins.ToArray(pp).OfType<PyStr>().Select(s => s.Value);
        }
        else
        {
            if (s_builtinModules.TryGetValue(fullName, out var factory))
            {
                var builtin = factory();
                Sys.Modules[key] = builtin;
                return builtin;
            }
            searchPath = Sys.Path.ToArray().OfType<PyStr>().Select(s => s.Value);
        }
        var shortName = dot >= 0 ? fullName[(dot + 1)..] : fullName;
        foreach (var dir in searchPath)
        {
            var baseDir = dir.Length == 0 ? "." : dir;
            var packageInit = Path.Combine(baseDir, shortName, "__init__.py");
            var file = Path.Combine(baseDir, shortName + ".py");
            if (File.Exists(packageInit))
            {
                return Load(fullName, packageInit, Path.Combine(baseDir, shortName), parent, shortName);
            }
            if (File.Exists(file))
            {
                return Load(fullName, file, null, parent, shortName);
            }
        }
        throw new PyException(PyErrors.ModuleNotFound(fullName));
    }

    private static PyModule Load(string fullName, string file, string? packageDir, object? parent, string shortName)
    {
        var loader = Loader ?? throw new PyException(PyErrors.ImportError("no module loader is registered"));
        var module = new PyModule(fullName);
        var d = module.Dict;
        d[s_file] = new PyStr(Path.GetFullPath(file));
        if (packageDir != null)
        {
            d[s_path] = new PyList(new object?[] { new PyStr(Path.GetFullPath(packageDir)) }, 1);
            d[s_package] = new PyStr(fullName);
        }
        else
        {
            d[s_package] = new PyStr(fullName.Contains('.') ? fullName[..fullName.LastIndexOf('.')] : string.Empty);
        }
        d[PyStr.Intern("__builtins__")] = Builtins.Module;
        var key = new PyStr(fullName);
        Sys.Modules[key] = module;
        try
        {
            loader.Exec(module, file);
        }
        catch
        {
            Sys.Modules.Remove(key);
            throw;
        }
        var result = Sys.Modules.TryGetValue(key, out var final) ? final : module;
        if (parent is PyModule pm)
        {
            pm.Dict[new PyStr(shortName)] = result;
        }
        return (result as PyModule) ?? module;
    }

    /// <summary><c>from module import name</c>: an attribute, else a submodule, else ImportError.</summary>
    public static object? ImportFrom(object? module, PyStr name)
    {
        if (PyProtocol.TryGetAttr(module, name, out var value))
        {
            return value;
        }
        var moduleName = module is PyModule m ? m.Name : "?";
        if (module is PyModule pm && pm.Dict.ContainsKey(s_path))
        {
            try
            {
                return ImportModule(moduleName + "." + name.Value);
            }
            catch (PyException e) when (e.Value.Type == PyExc.ModuleNotFoundError)
            {
            }
        }
        var file = module is PyModule fm && fm.Dict.TryGetValue(s_file, out var f) && f is PyStr fs ? fs.Value : null;
        throw new PyException(PyErrors.CannotImportName(name.Value, moduleName, file));
    }

    public static void ImportStar(object? module, PyDict globals)
    {
        if (module is not PyModule m)
        {
            return;
        }
        if (m.Dict.TryGetValue(s_all, out var all) && all != null)
        {
            foreach (var n in Builtins.ToArray(all))
            {
                var name = n as PyStr ?? throw new PyException(PyErrors.TypeError("Item in __all__ must be str"));
                globals[name] = PyProtocol.GetAttr(m, name);
            }
            return;
        }
        foreach (var kv in m.Dict.Items())
        {
            if (kv.Key is PyStr s && !s.Value.StartsWith('_'))
            {
                globals[s] = kv.Value;
            }
        }
    }
}
