namespace PyNet.Runtime;

/// <summary>The from-import forms: <c>from m import x</c>, <c>from m import *</c>, and __import__'s fromlist.</summary>
public static partial class Importer
{
    private static readonly PyStr s_all = PyStr.Intern("__all__");
    private static readonly string[] s_importParameters = { "name", "globals", "locals", "fromlist", "level" };

    /// <summary>
    /// <c>from m import x</c> (ceval.c's import_from, with importlib's _handle_fromlist for one name): an attribute of
    /// m, else the module m.x already in sys.modules (a circular import sees it there), else the submodule m.x
    /// imported now when m is a package, else ImportError, which names a partially initialised module as such.
    /// </summary>
    public static object? ImportFrom(object? module, PyStr name)
    {
        if (PyProtocol.TryGetAttr(module, name, out var value))
        {
            return value;
        }
        var moduleName = PyProtocol.TryGetAttr(module, s_name, out var n) && n is PyStr ns ? ns.Value : null;
        if (moduleName != null)
        {
            var fullName = moduleName + "." + name.Value;
            if (Sys.Modules.TryGetValue(new PyStr(fullName), out var sub) && sub != null)
            {
                return sub;
            }
            if (PyProtocol.TryGetAttr(module, s_path, out _) && TryImportSubmodule(fullName, out sub))
            {
                return sub;
            }
        }
        var file = PyProtocol.TryGetAttr(module, s_file, out var f) && f is PyStr fs ? fs.Value : null;
        var initializing = PyProtocol.TryGetAttr(module, s_spec, out var spec) && spec != null &&
            PyProtocol.TryGetAttr(spec, PyStr.Intern("_initializing"), out var flag) && PyProtocol.IsTrue(flag);
        throw new PyException(PyErrors.CannotImportName(name.Value, moduleName ?? "<unknown module name>", file, initializing));
    }

    /// <summary>Imports package.x for a fromlist; false when exactly that module does not exist (the caller reports it).</summary>
    private static bool TryImportSubmodule(string fullName, out object? module)
    {
        try
        {
            module = ImportModule(fullName);
            return true;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.ModuleNotFoundError) &&
            e.Value.GetField("name") is PyStr missing && missing.Value == fullName &&
            !(Sys.Modules.TryGetValue(new PyStr(fullName), out var blocked) && blocked == null))
        {
            module = null;
            return false;
        }
    }

    /// <summary>importlib's _handle_fromlist: imports the submodules a fromlist names that are not attributes yet.</summary>
    private static void HandleFromList(PyModule module, object?[] names, bool recursive)
    {
        foreach (var item in names)
        {
            if (item is not PyStr x)
            {
                var where = recursive ? module.Name + ".__all__" : "``from list''";
                throw new PyException(PyErrors.FromListItemNotStr(where, item));
            }
            if (x.Value == "*")
            {
                if (!recursive && module.Dict.TryGetValue(s_all, out var all))
                {
                    HandleFromList(module, Builtins.ToArray(all), recursive: true);
                }
            }
            else if (!PyProtocol.TryGetAttr(module, x, out _))
            {
                TryImportSubmodule(module.Name + "." + x.Value, out _);
            }
        }
    }

    /// <summary>
    /// <c>from m import *</c>: the names in m.__all__ (importing the submodules it lists, as _handle_fromlist does),
    /// else every name in m.__dict__ that does not start with an underscore.
    /// </summary>
    public static void ImportStar(object? module, PyDict globals)
    {
        var moduleName = ModuleName(module);
        if (PyProtocol.TryGetAttr(module, s_all, out var all))
        {
            var names = Builtins.ToArray(all);
            if (module is PyModule pm && pm.Dict.ContainsKey(s_path))
            {
                HandleFromList(pm, names, recursive: true);
            }
            foreach (var n in names)
            {
                var name = n as PyStr ?? throw new PyException(PyErrors.ImportStarItemNotStr(moduleName, n, fromAll: true));
                globals[name] = PyProtocol.GetAttr(module, name);
            }
            return;
        }
        var dict = module is PyModule m ? m.Dict : PyProtocol.GetAttr(module, PyStr.Intern("__dict__")) as PyDict;
        if (dict == null)
        {
            return;
        }
        foreach (var kv in dict.Items())
        {
            var name = kv.Key as PyStr ?? throw new PyException(PyErrors.ImportStarItemNotStr(moduleName, kv.Key, fromAll: false));
            if (!name.Value.StartsWith('_'))
            {
                globals[name] = kv.Value;
            }
        }
    }

    /// <summary>The builtin __import__(name, globals=None, locals=None, fromlist=(), level=0).</summary>
    public static PyBuiltinFunction DunderImport { get; } = new("__import__", (args, kw) =>
    {
        var a = Builtins.BindArguments("__import__", args, kw, 0, s_importParameters, 1);
        var name = a[0] as PyStr ?? throw new PyException(PyErrors.ImportArgumentNotStr(a[0]));
        var level = ReferenceEquals(a[4], PyOps.Unbound) ? 0 : (int)PyProtocol.Index(a[4]);
        var fromList = ReferenceEquals(a[3], PyOps.Unbound) ? null : a[3];
        return ImportName(a[1] as PyDict, name.Value, fromList, level);
    });
}
