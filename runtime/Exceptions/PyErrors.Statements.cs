namespace PyNet.Runtime;

public static partial class PyErrors
{
    public static PyBaseException NotContextManager(object? manager, bool missingExit) =>
        TypeError($"'{TypeName(manager)}' object does not support the context manager protocol{(missingExit ? " (missed __exit__ method)" : "")}");

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
    /// <summary>How CPython names a callable in call errors: module.qualname for functions, the name for builtins.</summary>
    public static string FunctionStr(object? function) => function switch
    {
        PyFunction f when f.Module is PyStr m && m.Value != "builtins" => $"{m.Value}.{f.QualName}()",
        PyFunction f => f.QualName + "()",
        PyBuiltinFunction b => b.Name + "()",
        PyBoundMethod { Function: var inner } => FunctionStr(inner),
        PyType t => t.Name + "()",
        _ => TypeName(function) + " object",
    };

    public static PyBaseException ArgumentAfterStar(object? function, object? value) =>
        TypeError($"{FunctionStr(function)} argument after * must be an iterable, not {TypeName(value)}");

    public static PyBaseException ArgumentAfterStarStar(object? function, object? value) =>
        TypeError($"{FunctionStr(function)} argument after ** must be a mapping, not {TypeName(value)}");

    public static PyBaseException MultipleValuesForKeyword(object? function, object? key) =>
        TypeError($"{FunctionStr(function)} got multiple values for keyword argument '{(key as PyStr)?.Value ?? PyProtocol.Repr(key)}'");

    public static PyBaseException KeywordsMustBeStrings(object? function) => TypeError("keywords must be strings");

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
