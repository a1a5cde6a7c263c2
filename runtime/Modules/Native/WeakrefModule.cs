using System;
using System.Numerics;

namespace PyNet.Runtime;

/// <summary>
/// The <c>_weakref</c> module: <c>ref</c> over a .NET weak reference. .NET has no reference counting, so a referent
/// dies only when the garbage collector runs, and callbacks are never called (WeakValueDictionary and WeakSet then
/// keep dead entries that read as missing). <c>proxy</c> returns the object itself: a strong reference, which a
/// tracing collector makes harmless for the cycles proxies exist to break (OrderedDict's links).
/// </summary>
public static class WeakrefModule
{
    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("_weakref", d);
        d[PyStr.Intern("ref")] = PyWeakRef.RefType;
        d[PyStr.Intern("ReferenceType")] = PyWeakRef.RefType;
        d[PyStr.Intern("ProxyType")] = ProxyType;
        d[PyStr.Intern("CallableProxyType")] = CallableProxyType;
        NativeTypes.Def(d, new PyBuiltinFunction("proxy", (args, kw) =>
        {
            Builtins.NoKeywords("proxy", kw);
            if (args.Length < 1 || args.Length > 2)
            {
                throw new PyException(PyErrors.ArgumentCountRange("proxy", 1, 2, args.Length));
            }
            PyWeakRef.CheckReferenceable(args[0]);
            return args[0];
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("getweakrefcount", o => PyInt.Zero));
        NativeTypes.Def(d, PyBuiltinFunction.Create("getweakrefs", o => new PyList()));
        NativeTypes.Def(d, PyBuiltinFunction.Create("_remove_dead_weakref", (dict, key) =>
        {
            if (dict is PyDict pd && pd.TryGetValue(key, out var value) && value is PyWeakRef r && r.Target == null)
            {
                pd.Remove(key);
            }
            return null;
        }));
        return m;
    }

    public static readonly PyType ProxyType = new("ProxyType", PyType.ObjectType, null, "weakref", isBaseType: false);

    public static readonly PyType CallableProxyType = new("CallableProxyType", PyType.ObjectType, null, "weakref", isBaseType: false);
}

/// <summary><c>weakref.ref(object[, callback])</c>: calling it gives the object, or None once it is gone.</summary>
public sealed class PyWeakRef : PyObject, IHasDict
{
    public static readonly PyType RefType = new("ReferenceType", PyType.ObjectType, Init, "weakref");

    private readonly PyType _type;
    private readonly WeakReference<object> _target;
    private long _hash = -1;

    private PyWeakRef(PyType type, object target, object? callback)
    {
        _type = type;
        _target = new WeakReference<object>(target);
        Callback = callback;
    }

    public override PyType Type => _type;

    public object? Callback { get; }

    public object? Target => _target.TryGetTarget(out var t) ? t : null;

    public PyDict? InstanceDict { get; set; }

    public PyDict GetOrCreateDict() => InstanceDict ??= new PyDict();

    /// <summary>Rejects the values CPython cannot weakly reference (ints, strs, tuples, None, plain lists and dicts...).</summary>
    public static void CheckReferenceable(object? o)
    {
        var ok = o switch
        {
            null or long or bool or double or BigInteger or Complex or PyStr => false,
            PyTuple => false,
            PyList l => !l.IsExact,
            PyDict d => !d.IsExact,
            _ => true,
        };
        if (!ok)
        {
            throw new PyException(PyErrors.TypeError($"cannot create weak reference to '{PyErrors.TypeName(o)}' object"));
        }
    }

    private static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) =>
        {
            var nPos = args.Length - (kw?.Length ?? 0) - 1;
            if (nPos < 1 || nPos > 2)
            {
                throw new PyException(PyErrors.ArgumentCountRange("__new__", 1, 2, nPos));
            }
            CheckReferenceable(args[1]);
            return new PyWeakRef((PyType)args[0]!, args[1]!, nPos > 1 ? args[2] : null);
        });
        t.DefMethodVar("__init__", (args, kw) => null);
        t.DefMethodVar("__call__", (args, kw) =>
        {
            Builtins.NoKeywords("weakref", kw);
            return ((PyWeakRef)args[0]!).Target;
        });
        t.DefGetSet("__callback__", self => ((PyWeakRef)self).Callback);
        t.DefMethod("__hash__", self =>
        {
            var r = (PyWeakRef)self!;
            if (r._hash == -1)
            {
                var target = r.Target ?? throw new PyException(PyErrors.TypeError("weak object has gone away"));
                r._hash = PyProtocol.Hash(target);
            }
            return PyInt.Box(r._hash);
        });
        t.DefMethod("__eq__", (a, b) => Compare(a, b, true));
        t.DefMethod("__ne__", (a, b) => Compare(a, b, false));
        t.DefMethod("__repr__", self =>
        {
            var r = (PyWeakRef)self!;
            var address = $"0x{ObjectMembers.IdentityHash(r) << 4:x12}";
            return r.Target is { } target
                ? new PyStr($"<weakref at {address}; to '{PyType.Of(target).FullName}' at 0x{ObjectMembers.IdentityHash(target) << 4:x12}>")
                : new PyStr($"<weakref at {address}; dead>");
        });
        PyGenericAlias.DefClassGetItem(t);
    }

    private static object? Compare(object? a, object? b, bool equal)
    {
        if (a is not PyWeakRef ra || b is not PyWeakRef rb)
        {
            return PyNotImplemented.Instance;
        }
        var ta = ra.Target;
        var tb = rb.Target;
        if (ta == null || tb == null)
        {
            return ReferenceEquals(ra, rb) == equal;
        }
        return PyProtocol.Eq(ta, tb) == equal;
    }
}
