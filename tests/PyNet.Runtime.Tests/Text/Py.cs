using System;
using System.Linq;

namespace PyNet.Runtime.Tests.Text;

/// <summary>Short helpers for unit tests that call into the runtime as Python code would.</summary>
internal static class Py
{
    public static PyStr S(string s) => new(s);

    /// <summary>self.name(*args)</summary>
    public static object? Call(object? self, string name, params object?[] args) =>
        PyCall.Call(PyProtocol.GetAttr(self, new PyStr(name)), args, null);

    /// <summary>self.name(*args, **kw) with keyword names given separately.</summary>
    public static object? CallKw(object? self, string name, object?[] args, params (string Name, object? Value)[] kw) =>
        PyCall.Call(PyProtocol.GetAttr(self, new PyStr(name)), args.Concat(kw.Select(k => k.Value)).ToArray(), kw.Select(k => new PyStr(k.Name)).ToArray());

    /// <summary>A builtin function or type called with positional arguments.</summary>
    public static object? Builtin(string name, params object?[] args) => PyCall.Call(global::PyNet.Runtime.Builtins.Dict[new PyStr(name)], args, null);

    public static string Repr(object? o) => PyProtocol.Repr(o);

    public static string Format(object? value, string spec) => PyProtocol.Format(value, new PyStr(spec)).Value;

    /// <summary>Runs <paramref name="action"/>, expects a Python exception, and returns "Type: message".</summary>
    public static string Raises(Func<object?> action)
    {
        try
        {
            action();
        }
        catch (PyException e)
        {
            return e.PythonTypeName + ": " + global::PyNet.Runtime.Builtins.StrOf(e.Value);
        }
        throw new Xunit.Sdk.XunitException("expected a Python exception");
    }
}
