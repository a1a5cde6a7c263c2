namespace PyNet.Runtime;

/// <summary>The import system's errors, with CPython 3.11's messages (importlib._bootstrap and ceval.c).</summary>
public static partial class PyErrors
{
    public static PyBaseException ImportError(string message) => New(PyExc.ImportError, message);

    /// <summary>An ImportError (or subclass) with its name and path attributes set.</summary>
    public static PyBaseException ImportError(PyType type, string message, string? name, string? path = null)
    {
        var e = New(type, message);
        e.SetField("msg", new PyStr(message));
        e.SetField("name", name == null ? null : new PyStr(name));
        e.SetField("path", path == null ? null : new PyStr(path));
        return e;
    }

    public static PyBaseException ModuleNotFound(string name) =>
        ImportError(PyExc.ModuleNotFoundError, $"No module named {PyStr.Repr(name)}", name);

    public static PyBaseException ModuleNotFoundNotPackage(string name, string parent) =>
        ImportError(PyExc.ModuleNotFoundError, $"No module named {PyStr.Repr(name)}; {PyStr.Repr(parent)} is not a package", name);

    public static PyBaseException ImportHalted(string name) =>
        ImportError(PyExc.ModuleNotFoundError, $"import of {name} halted; None in sys.modules", name);

    /// <summary>from m import x, when m has no x and no submodule x (ceval.c's import_from).</summary>
    public static PyBaseException CannotImportName(string name, string module, string? path, bool partiallyInitialized)
    {
        var partial = partiallyInitialized ? "partially initialized module " : string.Empty;
        var circular = partiallyInitialized ? " (most likely due to a circular import)" : string.Empty;
        var where = path != null ? $" ({path})" : " (unknown location)";
        return ImportError(PyExc.ImportError, $"cannot import name {PyStr.Repr(name)} from {partial}{PyStr.Repr(module)}{circular}{where}", module, path);
    }

    public static PyBaseException ImportOutsidePackage() => ImportError("attempted relative import with no known parent package");

    public static PyBaseException ImportBeyondTopLevel() => ImportError("attempted relative import beyond top-level package");

    public static PyBaseException EmptyModuleName() => ValueError("Empty module name");

    public static PyBaseException ImportLevelNegative() => ValueError("level must be >= 0");

    public static PyBaseException PackageNotString() => TypeError("__package__ not set to a string");

    public static PyBaseException ImportArgumentNotStr(object? name) => TypeError($"__import__() argument 1 must be str, not {TypeName(name)}");

    public static PyBaseException ModuleNameNotStr(object? name) => TypeError($"module name must be str, not {TypeName(name)}");

    /// <summary>A fromlist item that is not a str; <paramref name="where"/> is "``from list''" or "m.__all__".</summary>
    public static PyBaseException FromListItemNotStr(string where, object? item) => TypeError($"Item in {where} must be str, not {TypeName(item)}");

    /// <summary>from m import *, with a non-str in m.__all__ (or in m.__dict__ when there is no __all__).</summary>
    public static PyBaseException ImportStarItemNotStr(string module, object? item, bool fromAll) =>
        TypeError(fromAll ? $"Item in {module}.__all__ must be str, not {TypeName(item)}" : $"Key in {module}.__dict__ must be str, not {TypeName(item)}");

    public static PyBaseException RelativeImportNeedsPackage(string name) =>
        TypeError($"the 'package' argument is required to perform a relative import for {PyStr.Repr(name)}");

    public static PyBaseException ReloadArgumentNotModule() => TypeError("reload() argument must be a module");

    public static PyBaseException ModuleNotInSysModules(string name) => ImportError(PyExc.ImportError, $"module {name} not in sys.modules", name);

    public static PyBaseException PathNotFoundOnParent(string parent, string name) =>
        ImportError(PyExc.ModuleNotFoundError, $"__path__ attribute not found on {PyStr.Repr(parent)} while trying to find {PyStr.Repr(name)}", name);

    public static PyBaseException NoCompiler(string path) => ImportError(PyExc.ImportError, $"cannot compile {path}: no compiler is registered", null, path);

    public static PyBaseException BadCompiledModule(string name, string path) =>
        ImportError(PyExc.ImportError, $"bad compiled module {PyStr.Repr(name)}: {path}", name, path);
}
