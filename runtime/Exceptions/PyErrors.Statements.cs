namespace PyNet.Runtime;

public static partial class PyErrors
{
    public static PyBaseException NotContextManager(object? manager, bool missingExit) =>
        TypeError($"'{TypeName(manager)}' object does not support the context manager protocol{(missingExit ? " (missed __exit__ method)" : "")}");

    public static PyBaseException YieldFromCoroutine() =>
        TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");

    public static PyBaseException MetaclassConflict() =>
        TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
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

public static partial class PyErrors
{

}

public static partial class PyErrors
{
    /// <summary>A builtin method called with the wrong number of arguments (METH_NOARGS / METH_O / fixed arity).</summary>
    public static PyBaseException MethodArgCount(string qualifiedName, string name, int expected, int given) => expected switch
    {
        0 => TypeError($"{qualifiedName}() takes no arguments ({given} given)"),
        1 => TypeError($"{qualifiedName}() takes exactly one argument ({given} given)"),
        _ => TypeError($"{name} expected {expected} arguments, got {given}"),
    };
}
