namespace PyNet.Runtime;

public static partial class PyErrors
{
    public static PyBaseException NotContextManager(object? manager, bool missingExit) =>
        TypeError($"'{TypeName(manager)}' object does not support the context manager protocol{(missingExit ? " (missed __exit__ method)" : "")}");

    public static PyBaseException MetaclassConflict() =>
        TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");

    public static PyBaseException ImportOutsidePackage() => ImportError("attempted relative import with no known parent package");

    public static PyBaseException ImportBeyondTopLevel() => ImportError("attempted relative import beyond top-level package");

    public static PyBaseException ImportError(string message) => New(PyExc.ImportError, message);
}

public static partial class PyErrors
{
    public static PyBaseException ModuleNotFoundNotPackage(string name, string parent)
    {
        var e = New(PyExc.ModuleNotFoundError, $"No module named '{name}'; '{parent}' is not a package");
        e.SetField("name", new PyStr(name));
        return e;
    }
}

public static partial class PyErrors
{
    /// <summary>A SyntaxError (or subclass) object with CPython's attributes.</summary>
    public static PyBaseException SyntaxError(PyType type, string message, string filename, int lineno, int offset, string? text, int endLineno, int endOffset)
    {
        var details = PyTuple.Create(new object?[]
        {
            new PyStr(filename), PyInt.Box(lineno), PyInt.Box(offset), text == null ? null : new PyStr(text), PyInt.Box(endLineno), PyInt.Box(endOffset),
        });
        var e = new PyBaseException(type, new PyStr(message), details);
        e.SetField("msg", new PyStr(message));
        e.SetField("filename", new PyStr(filename));
        e.SetField("lineno", PyInt.Box(lineno));
        e.SetField("offset", PyInt.Box(offset));
        e.SetField("text", text == null ? null : new PyStr(text));
        e.SetField("end_lineno", PyInt.Box(endLineno));
        e.SetField("end_offset", PyInt.Box(endOffset));
        e.SetField("print_file_and_line", null);
        return e;
    }
}

public static partial class PyErrors
{
    public static PyBaseException NotAsyncContextManager(object? manager, bool missingExit) =>
        TypeError($"'{TypeName(manager)}' object does not support the asynchronous context manager protocol{(missingExit ? " (missed __aexit__ method)" : "")}");
}
