using System;

namespace PyNet.Runtime;

public static partial class PyOps
{
    /// <summary>
    /// A call of a name that may be a frame builtin (globals(), locals(), vars(), dir(), exec(...), eval(...)): the
    /// compiler passes the caller's globals and locals. Anything else is called normally.
    /// </summary>
    public static object? CallFrameIntrinsic(object? function, object?[] args, PyDict globals, PyDict locals)
    {
        try
        {
            if (Builtins.TryCallWithFrame(function, args, null, globals, locals, out var result))
            {
                return result;
            }
        }
        catch (Exception e)
        {
            return Fail(e);
        }
        return CallN(function, args);
    }

    /// <summary>locals() in a function: a new dict of the bound local and free variables.</summary>
    public static PyDict LocalsSnapshot(PyStr[] names, object?[] values)
    {
        var d = new PyDict(names.Length);
        for (var i = 0; i < names.Length; i++)
        {
            if (!ReferenceEquals(values[i], Unbound))
            {
                d[names[i]] = values[i];
            }
        }
        return d;
    }

    /// <summary>The REPL's display of an expression statement (sys.displayhook): prints repr and sets builtins._.</summary>
    public static object? DisplayHook(object? value)
    {
        try
        {
            if (Sys.Module.Dict.TryGetValue(PyStr.Intern("displayhook"), out var hook) && hook != null)
            {
                PyCall.Call(hook, value);
                return null;
            }
            if (value == null)
            {
                return null;
            }
            Builtins.Dict[PyStr.Intern("_")] = null;
            Sys.Stdout.Write(PyProtocol.Repr(value) + "\n");
            Builtins.Dict[PyStr.Intern("_")] = value;
            return null;
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    /// <summary>Sets a function's __annotations__ (a dict built by the compiled def statement).</summary>
    public static PyFunction SetAnnotations(PyFunction function, PyDict annotations)
    {
        function.Annotations = annotations;
        return function;
    }
}
