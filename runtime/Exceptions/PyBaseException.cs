using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>
/// An instance of BaseException or any subclass (builtin or user-defined): the Python exception object itself. It
/// travels through compiled code as the thread's pending exception and through C# code inside a
/// <see cref="PyException"/>.
/// </summary>
public class PyBaseException : PyObject, IHasDict, ITypeAssignable
{
    private PyType _type;

    public PyBaseException(PyType type)
    {
        _type = type;
        Args = PyTuple.Empty;
    }

    public PyBaseException(PyType type, params object?[] args)
    {
        _type = type;
        Args = PyTuple.Create(args);
    }

    public override PyType Type => _type;

    public PyTuple Args { get; set; }

    public PyTraceback? Traceback { get; set; }

    public PyBaseException? Cause { get; set; }

    public PyBaseException? Context { get; set; }

    public bool SuppressContext { get; set; }

    /// <summary>The notes added by add_note (the <c>__notes__</c> attribute when it is a list).</summary>
    public PyList? Notes => GetField("__notes__") as PyList;

    public PyDict? InstanceDict { get; set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    public void SetType(PyType type) => _type = type;

    /// <summary>An attribute stored in the instance dictionary (StopIteration.value, OSError.errno, ...).</summary>
    public object? GetField(string name) =>
        InstanceDict != null && InstanceDict.TryGetValue(PyStr.Intern(name), out var v) ? v : null;

    public void SetField(string name, object? value) => GetOrCreateDict()[PyStr.Intern(name)] = value;

    /// <summary>Has this exception passed through no Python frame yet (it was raised just now)?</summary>
    public bool IsFresh => Traceback == null;

    public IEnumerable<object?> ArgsItems => Args.UnsafeArray;

    public override string ToString() => PyType.Of(this).Name + ": " + Builtins.StrOf(this);
}

/// <summary>Implemented by objects with an instance <c>__dict__</c>.</summary>
public interface IHasDict
{
    PyDict? InstanceDict { get; }

    PyDict GetOrCreateDict();
}
