using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>The <c>atexit</c> module: functions run, last registered first, when the program ends.</summary>
public static class AtexitModule
{
    private static readonly List<(object? Function, object?[] Args, PyStr[]? KwNames)> s_callbacks = new();

    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("atexit", d);
        NativeTypes.Def(d, new PyBuiltinFunction("register", (args, kw) =>
        {
            var nPos = args.Length - (kw?.Length ?? 0);
            if (nPos < 1)
            {
                throw new PyException(PyErrors.TypeError("register() takes at least 1 argument (0 given)"));
            }
            if (!Builtins.IsCallable(args[0]))
            {
                throw new PyException(PyErrors.TypeError("the first argument must be callable"));
            }
            lock (s_callbacks)
            {
                s_callbacks.Add((args[0], args[1..], kw));
            }
            return args[0];
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("unregister", f =>
        {
            lock (s_callbacks)
            {
                s_callbacks.RemoveAll(c => PyProtocol.Eq(c.Function, f));
            }
            return null;
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("_clear", () =>
        {
            lock (s_callbacks)
            {
                s_callbacks.Clear();
            }
            return null;
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("_ncallbacks", () => PyInt.Box(s_callbacks.Count)));
        NativeTypes.Def(d, PyBuiltinFunction.Create("_run_exitfuncs", () =>
        {
            RunExitFunctions();
            return null;
        }));
        return m;
    }

    /// <summary>Runs and forgets the registered functions; an error is reported and the next function still runs.</summary>
    public static void RunExitFunctions()
    {
        while (true)
        {
            (object? Function, object?[] Args, PyStr[]? KwNames) callback;
            lock (s_callbacks)
            {
                if (s_callbacks.Count == 0)
                {
                    return;
                }
                callback = s_callbacks[^1];
                s_callbacks.RemoveAt(s_callbacks.Count - 1);
            }
            try
            {
                PyCall.Call(callback.Function, callback.Args, callback.KwNames);
            }
            catch (PyException e) when (!e.Value.Type.IsSubtypeOf(PyExc.SystemExit))
            {
                Sys.Stderr.Write($"Exception ignored in atexit callback: {PyProtocol.Repr(callback.Function)}\n");
                Sys.Stderr.Write(TracebackPrinter.Format(e.Value));
            }
            catch (PyException)
            {
            }
        }
    }
}
