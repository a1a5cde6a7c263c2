using System;

namespace PyNet.Runtime;

/// <summary>Helpers the native (C#) modules use to define their types and functions.</summary>
public static class NativeTypes
{
    /// <summary>An iterator type of a native module: <c>__iter__</c>/<c>__next__</c> plus a <c>__new__</c> that builds it.</summary>
    public static PyType Iterator(string name, string module, BuiltinCall construct, Action<PyType>? members = null, bool isBaseType = true) =>
        new(name, PyType.ObjectType, t =>
        {
            IteratorMembers.Init(t);
            t.DefStatic("__new__", construct);
            members?.Invoke(t);
        }, module, isBaseType);

    /// <summary>Adds a builtin function to a module namespace under its own name.</summary>
    public static void Def(PyDict d, PyBuiltinFunction f) => d[PyStr.Intern(f.Name)] = f;

    /// <summary>Adds a type to a module namespace under its own name.</summary>
    public static void Def(PyDict d, PyType t) => d[PyStr.Intern(t.Name)] = t;

    /// <summary>Whether an argument bound by <see cref="Builtins.BindArguments"/> was omitted.</summary>
    public static bool IsMissing(object? a) => ReferenceEquals(a, PyOps.Unbound);

    /// <summary>The positional arguments after cls/self, rejecting keywords as CPython's METH_VARARGS builtins do.</summary>
    public static object?[] Positional(string function, object?[] args, PyStr[]? kwNames, int skip = 1)
    {
        Builtins.NoKeywords(function, kwNames);
        return args.AsSpan(skip).ToArray();
    }
}

/// <summary>The base of iterators defined by native modules: the Python type is chosen at construction (subclasses).</summary>
public abstract class PyNativeIterator : PyIterator
{
    private readonly PyType _type;

    protected PyNativeIterator(PyType type)
    {
        _type = type;
    }

    public override PyType Type => _type;
}
