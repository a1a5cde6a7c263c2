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

    /// <summary>
    /// A name in a class body or exec'd code: locals, then globals, then builtins (LOAD_NAME). A namespace that is not
    /// an exact dict (a metaclass's <c>__prepare__</c> result, such as enum's _EnumDict) is read with __getitem__.
    /// </summary>
    public static object? LoadName(PyDict locals, PyDict globals, PyStr name)
    {
        if (ReferenceEquals(locals, globals))
        {
            return LoadGlobal(globals, name);
        }
        if (!locals.IsExact)
        {
            return LoadNameFromMapping(locals, globals, name);
        }
        if (locals.TryGetValue(name, out var value))
        {
            return value;
        }
        return LoadGlobal(globals, name);
    }

    private static object? LoadNameFromMapping(PyDict locals, PyDict globals, PyStr name)
    {
        try
        {
            return PyProtocol.GetItem(locals, name);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.KeyError))
        {
            return LoadGlobal(globals, name);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>STORE_NAME: null, or <see cref="Raised"/> when a namespace's __setitem__ raises.</summary>
    public static object? StoreName(PyDict dict, PyStr name, object? value)
    {
        if (dict.IsExact)
        {
            dict[name] = value;
            return null;
        }
        try
        {
            PyProtocol.SetItem(dict, name, value);
            return null;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    public static object? DeleteName(PyDict dict, PyStr name)
    {
        if (dict.IsExact)
        {
            return dict.Remove(name) ? null : SetPending(PyErrors.NameNotDefined(name.Value));
        }
        try
        {
            PyProtocol.DelItem(dict, name);
            return null;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.KeyError))
        {
            return SetPending(PyErrors.NameNotDefined(name.Value));
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>Raises UnboundLocalError for a local read before assignment; returns <see cref="Raised"/>.</summary>
    public static object UnboundLocal(string name) => SetPending(PyErrors.UnboundLocal(name));

    public static object UnboundFree(string name) => SetPending(PyErrors.UnboundFree(name));

    public static object? LoadCell(PyCell cell, string name)
    {
        var v = cell.Value;
        return ReferenceEquals(v, Unbound) ? SetPending(PyErrors.UnboundFree(name)) : v;
    }
}
