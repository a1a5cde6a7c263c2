using System;

namespace PyNet.Runtime;

public static partial class PyOps
{
    /// <summary>A global name: the module's globals, then builtins (LOAD_GLOBAL).</summary>
    public static object? LoadGlobal(PyDict globals, PyStr name)
    {
        if (globals.TryGetValue(name, out var value))
        {
            return value;
        }
        if (BuiltinsOf(globals).TryGetValue(name, out value))
        {
            return value;
        }
        return SetPending(PyErrors.NameNotDefined(name.Value));
    }

    private static readonly PyStr s_builtinsKey = PyStr.Intern("__builtins__");

    /// <summary>The builtins a frame with these globals sees: globals['__builtins__'] (a module or a dict), as CPython.</summary>
    internal static PyDict BuiltinsOf(PyDict globals)
    {
        if (globals.TryGetValue(s_builtinsKey, out var b))
        {
            switch (b)
            {
                case PyModule m:
                    return m.Dict;
                case PyDict d:
                    return d;
            }
        }
        return Builtins.Dict;
    }

    /// <summary>A name in a class body or exec'd code: locals, then globals, then builtins (LOAD_NAME).</summary>
    public static object? LoadName(PyDict locals, PyDict globals, PyStr name)
    {
        if (ReferenceEquals(locals, globals))
        {
            return LoadGlobal(globals, name);
        }
        if (locals.TryGetValue(name, out var value))
        {
            return value;
        }
        return LoadGlobal(globals, name);
    }

    public static void StoreName(PyDict dict, PyStr name, object? value) => dict[name] = value;

    public static object? DeleteName(PyDict dict, PyStr name) =>
        dict.Remove(name) ? null : SetPending(PyErrors.NameNotDefined(name.Value));

    /// <summary>Raises UnboundLocalError for a local read before assignment; returns <see cref="Raised"/>.</summary>
    public static object UnboundLocal(string name) => SetPending(PyErrors.UnboundLocal(name));

    public static object UnboundFree(string name) => SetPending(PyErrors.UnboundFree(name));

    public static object? LoadCell(PyCell cell, string name)
    {
        var v = cell.Value;
        return ReferenceEquals(v, Unbound) ? SetPending(PyErrors.UnboundFree(name)) : v;
    }
}
