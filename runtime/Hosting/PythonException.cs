using System;

namespace PyNet.Runtime;

/// <summary>
/// A Python exception as C# code sees it: the one .NET exception type that the typed module classes emitted by
/// <c>pynet build</c> and the embedding API (<see cref="PythonEngine"/>) throw for a Python error. It carries the
/// Python exception's type name, its message (<c>str(e)</c>), the traceback text CPython would print, and the
/// exception object itself, which is raised again unchanged when the exception travels back into Python code.
/// </summary>
public sealed class PythonException : Exception
{
    public PythonException(PyBaseException value)
        : base(PyType.Of(value).Name + ": " + MessageOf(value))
    {
        Value = value;
        PythonTypeName = PyType.Of(value).Name;
        PythonMessage = MessageOf(value);
        PythonTraceback = TracebackPrinter.Format(value);
    }

    /// <summary>The Python exception object.</summary>
    public PyBaseException Value { get; }

    /// <summary>The Python exception's type name, e.g. "ValueError".</summary>
    public string PythonTypeName { get; }

    /// <summary><c>str(e)</c> of the Python exception.</summary>
    public string PythonMessage { get; }

    /// <summary>The traceback as CPython prints it ("Traceback (most recent call last): ...").</summary>
    public string PythonTraceback { get; }

    /// <summary>Is the Python exception an instance of the named builtin exception class (or a subclass)?</summary>
    public bool IsInstanceOf(string builtinExceptionName) =>
        Builtins.Dict.TryGetValue(new PyStr(builtinExceptionName), out var t) && t is PyType type && Value.Type.IsSubtypeOf(type);

    public override string ToString() => PythonTraceback + "\n" + base.ToString();

    /// <summary>The exception C# callers get for a Python exception travelling as a <see cref="PyException"/>.</summary>
    public static PythonException From(PyException e) => new(e.Value);

    /// <summary>Takes the pending exception out of the thread state (after an operation returned <see cref="PyOps.Raised"/>).</summary>
    public static PythonException FromPending() => new(PyOps.FetchPending());

    private static string MessageOf(PyBaseException value)
    {
        try
        {
            return Builtins.StrOf(value);
        }
        catch (PyException)
        {
            return "<exception str() failed>";
        }
    }
}
