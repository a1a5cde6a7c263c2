using System;

namespace PyNet.Runtime;

/// <summary>
/// The <c>gc</c> module over the .NET garbage collector: <c>collect()</c> runs a full collection; the generation
/// thresholds and object lists of CPython's cycle collector have no equivalent and read as CPython's defaults.
/// </summary>
public static class GcModule
{
    private static bool s_enabled = true;
    private static PyTuple s_threshold = PyTuple.Create(new object?[] { PyInt.Box(700), PyInt.Box(10), PyInt.Box(10) });

    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("gc", d);
        NativeTypes.Def(d, new PyBuiltinFunction("collect", (args, kw) =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            return PyInt.Zero;
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("enable", () =>
        {
            s_enabled = true;
            return null;
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("disable", () =>
        {
            s_enabled = false;
            return null;
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("isenabled", () => s_enabled));
        NativeTypes.Def(d, PyBuiltinFunction.Create("get_count", () => PyTuple.Create(new object?[] { PyInt.Zero, PyInt.Zero, PyInt.Zero })));
        NativeTypes.Def(d, PyBuiltinFunction.Create("get_threshold", () => s_threshold));
        NativeTypes.Def(d, new PyBuiltinFunction("set_threshold", (args, kw) =>
        {
            s_threshold = PyTuple.Create(args);
            return null;
        }));
        NativeTypes.Def(d, new PyBuiltinFunction("get_objects", (args, kw) => new PyList()));
        NativeTypes.Def(d, new PyBuiltinFunction("get_referrers", (args, kw) => new PyList()));
        NativeTypes.Def(d, new PyBuiltinFunction("get_referents", (args, kw) => new PyList()));
        NativeTypes.Def(d, PyBuiltinFunction.Create("is_tracked", o => o is PyObject and not PyStr));
        NativeTypes.Def(d, PyBuiltinFunction.Create("is_finalized", o => false));
        NativeTypes.Def(d, PyBuiltinFunction.Create("freeze", () => null));
        NativeTypes.Def(d, PyBuiltinFunction.Create("unfreeze", () => null));
        NativeTypes.Def(d, PyBuiltinFunction.Create("get_freeze_count", () => PyInt.Zero));
        NativeTypes.Def(d, PyBuiltinFunction.Create("get_debug", () => PyInt.Zero));
        NativeTypes.Def(d, PyBuiltinFunction.Create("set_debug", flags => null));
        NativeTypes.Def(d, PyBuiltinFunction.Create("get_stats", () => new PyList()));
        d[PyStr.Intern("garbage")] = new PyList();
        d[PyStr.Intern("callbacks")] = new PyList();
        return m;
    }
}
