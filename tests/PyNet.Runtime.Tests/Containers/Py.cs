using System;
using System.Linq;
using Xunit;

namespace PyNet.Runtime.Tests;

/// <summary>Small helpers that let tests drive the runtime the way compiled Python code would.</summary>
internal static class Py
{
    public static object? B(string name) => global::PyNet.Runtime.Builtins.Dict[PyStr.Intern(name)];

    public static object? Call(object? f, params object?[] args) => PyCall.Call(f, args, null);

    /// <summary>Calls with positional values then keywords given as ("name", value) pairs.</summary>
    public static object? CallKw(object? f, object?[] positional, params (string Name, object? Value)[] keywords)
    {
        var args = positional.Concat(keywords.Select(k => k.Value)).ToArray();
        return PyCall.Call(f, args, keywords.Select(k => PyStr.Intern(k.Name)).ToArray());
    }

    /// <summary>obj.name(*args)</summary>
    public static object? M(object? self, string name, params object?[] args) =>
        PyCall.Call(PyProtocol.GetAttr(self, PyStr.Intern(name)), args, null);

    public static object? MKw(object? self, string name, object?[] positional, params (string Name, object? Value)[] keywords) =>
        CallKw(PyProtocol.GetAttr(self, PyStr.Intern(name)), positional, keywords);

    public static string Repr(object? o) => PyProtocol.Repr(o);

    public static string Str(object? o) => PyProtocol.Str(o).Value;

    public static PyStr S(string s) => new(s);

    public static PyList L(params object?[] items) => PyList.FromArray(items);

    public static PyTuple T(params object?[] items) => PyTuple.Create(items.ToArray());

    public static PySet Set(params object?[] items) => PySet.FromItems(items);

    public static PyList Ints(params long[] values) => PyList.FromArray(values.Select(v => (object?)v).ToArray());

    public static PyDict D(params (object? Key, object? Value)[] items)
    {
        var d = new PyDict();
        foreach (var (k, v) in items)
        {
            d[k] = v;
        }
        return d;
    }

    /// <summary>Runs <paramref name="action"/>, which must raise the Python exception named <paramref name="type"/>; returns its str().</summary>
    public static string Raises(string type, Action action)
    {
        try
        {
            action();
        }
        catch (PyException e)
        {
            Assert.Equal(type, e.Value.Type.Name);
            return ExceptionMembers.StrOf(e.Value);
        }
        throw new Xunit.Sdk.XunitException($"expected {type}");
    }

    public static string Raises(string type, Func<object?> action) => Raises(type, () => { action(); });
}
