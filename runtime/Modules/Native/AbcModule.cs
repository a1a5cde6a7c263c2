using System.Collections.Generic;
using System.Linq;

namespace PyNet.Runtime;

/// <summary>
/// The <c>_abc</c> module behind <c>abc.ABCMeta</c>: abstract-method bookkeeping, virtual subclass registration and
/// the positive/negative subclass caches, with the semantics of CPython's <c>_py_abc.py</c> (which PyNet could run,
/// but isinstance checks against ABCs are hot enough to deserve C#). Registries hold strong references: .NET has no
/// reference counting to clean weak sets promptly, and classes rarely die.
/// </summary>
public static class AbcModule
{
    private static readonly PyStr s_abcImpl = PyStr.Intern("_abc_impl");
    private static readonly PyStr s_abstractMethods = PyStr.Intern("__abstractmethods__");
    private static readonly PyStr s_isAbstract = PyStr.Intern("__isabstractmethod__");
    private static readonly PyStr s_subclassHook = PyStr.Intern("__subclasshook__");
    private static readonly PyStr s_subclassCheck = PyStr.Intern("__subclasscheck__");
    private static readonly PyStr s_class = PyStr.Intern("__class__");
    private static readonly PyStr s_tpFlags = PyStr.Intern("__abc_tpflags__");

    private static long s_invalidationCounter;

    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("_abc", d);
        NativeTypes.Def(d, PyBuiltinFunction.Create("get_cache_token", () => PyInt.Box(s_invalidationCounter)));
        NativeTypes.Def(d, PyBuiltinFunction.Create("_abc_init", Init));
        NativeTypes.Def(d, PyBuiltinFunction.Create("_abc_register", Register));
        NativeTypes.Def(d, PyBuiltinFunction.Create("_abc_instancecheck", InstanceCheck));
        NativeTypes.Def(d, PyBuiltinFunction.Create("_abc_subclasscheck", (cls, sub) => SubclassCheck(cls, sub)));
        NativeTypes.Def(d, PyBuiltinFunction.Create("_get_dump", cls =>
        {
            var data = Data(cls);
            return PyTuple.Create(new object?[] { TypeSet(data.Registry), TypeSet(data.Cache), TypeSet(data.NegativeCache), PyInt.Box(data.NegativeCacheVersion) });
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("_reset_registry", cls =>
        {
            Data(cls).Registry.Clear();
            return null;
        }));
        NativeTypes.Def(d, PyBuiltinFunction.Create("_reset_caches", cls =>
        {
            var data = Data(cls);
            data.Cache.Clear();
            data.NegativeCache.Clear();
            return null;
        }));
        NativeTypes.Def(d, AbcData.AbcDataType);
        return m;
    }

    private static PySet TypeSet(HashSet<PyType> types)
    {
        var set = new PySet();
        foreach (var t in types)
        {
            set.Add(t);
        }
        return set;
    }

    private static AbcData Data(object? cls) =>
        PyProtocol.GetAttr(cls, s_abcImpl) as AbcData ?? throw new PyException(PyErrors.TypeError("_abc_impl is set to a wrong type"));

    /// <summary><c>_abc_init(cls)</c>: computes <c>__abstractmethods__</c> and gives the class its registry and caches.</summary>
    private static object? Init(object? clsObject)
    {
        var cls = (PyType)clsObject!;
        var abstracts = new List<object?>();
        foreach (var kv in cls.Dict.Items().ToList())
        {
            if (IsAbstract(kv.Value))
            {
                abstracts.Add(kv.Key);
            }
        }
        foreach (var b in cls.Bases)
        {
            if (!PyProtocol.TryGetAttr(b, s_abstractMethods, out var inherited) || inherited == null)
            {
                continue;
            }
            foreach (var name in Builtins.ToArray(inherited))
            {
                var value = PyProtocol.TryGetAttr(cls, (PyStr)name!, out var v) ? v : null;
                if (IsAbstract(value) && !abstracts.Any(a => PyProtocol.Eq(a, name)))
                {
                    abstracts.Add(name);
                }
            }
        }
        var frozen = new PySet(PyType.FrozenSetType);
        foreach (var a in abstracts)
        {
            frozen.Add(a);
        }
        cls.SetMember(s_abstractMethods, frozen);
        cls.SetMember(s_abcImpl, new AbcData());
        if (cls.Dict.ContainsKey(s_tpFlags))
        {
            cls.RemoveMember(s_tpFlags);
        }
        return null;
    }

    private static bool IsAbstract(object? value) =>
        value != null && PyProtocol.TryGetAttr(value, s_isAbstract, out var flag) && PyProtocol.IsTrue(flag);

    /// <summary><c>_abc_register(cls, subclass)</c>: makes subclass a virtual subclass of cls.</summary>
    private static object? Register(object? cls, object? subclass)
    {
        if (subclass is not PyType sub)
        {
            throw new PyException(PyErrors.CanOnlyRegisterClasses());
        }
        if (Builtins.IsSubclass(sub, cls))
        {
            return sub;
        }
        if (Builtins.IsSubclass(cls, sub))
        {
            throw new PyException(PyErrors.InheritanceCycle());
        }
        Data(cls).Registry.Add(sub);
        s_invalidationCounter++;
        return sub;
    }

    /// <summary><c>_abc_instancecheck(cls, instance)</c>.</summary>
    private static object? InstanceCheck(object? cls, object? instance)
    {
        var data = Data(cls);
        var subclass = PyProtocol.TryGetAttr(instance, s_class, out var c) ? c as PyType : null;
        if (subclass != null && data.Cache.Contains(subclass))
        {
            return true;
        }
        var subtype = PyType.Of(instance);
        if (ReferenceEquals(subtype, subclass) || subclass == null)
        {
            if (data.NegativeCacheVersion == s_invalidationCounter && data.NegativeCache.Contains(subtype))
            {
                return false;
            }
            return CallSubclassCheck(cls, subtype);
        }
        return PyProtocol.IsTrue(CallSubclassCheck(cls, subclass)) || PyProtocol.IsTrue(CallSubclassCheck(cls, subtype));
    }

    private static object? CallSubclassCheck(object? cls, object? sub) =>
        PyProtocol.CallBound(PyType.Of(cls).Lookup(s_subclassCheck), cls, sub);

    /// <summary><c>_abc_subclasscheck(cls, subclass)</c>: caches, __subclasshook__, the MRO, the registry, then subclasses.</summary>
    private static bool SubclassCheck(object? clsObject, object? subclass)
    {
        if (subclass is not PyType sub)
        {
            throw new PyException(PyErrors.IssubclassArgMustBeClass());
        }
        var cls = (PyType)clsObject!;
        var data = Data(cls);
        if (data.Cache.Contains(sub))
        {
            return true;
        }
        if (data.NegativeCacheVersion < s_invalidationCounter)
        {
            data.NegativeCache.Clear();
            data.NegativeCacheVersion = s_invalidationCounter;
        }
        else if (data.NegativeCache.Contains(sub))
        {
            return false;
        }
        var ok = PyCall.Call(PyProtocol.GetAttr(cls, s_subclassHook), sub);
        if (!ReferenceEquals(ok, PyNotImplemented.Instance))
        {
            var result = PyProtocol.IsTrue(ok);
            (result ? data.Cache : data.NegativeCache).Add(sub);
            return result;
        }
        if (sub.IsSubtypeOf(cls))
        {
            data.Cache.Add(sub);
            return true;
        }
        foreach (var registered in data.Registry.ToList())
        {
            if (Builtins.IsSubclass(sub, registered))
            {
                data.Cache.Add(sub);
                return true;
            }
        }
        foreach (var child in cls.Subclasses().ToList())
        {
            if (Builtins.IsSubclass(sub, child))
            {
                data.Cache.Add(sub);
                return true;
            }
        }
        data.NegativeCache.Add(sub);
        return false;
    }

    /// <summary>The per-class state (<c>cls._abc_impl</c>).</summary>
    private sealed class AbcData : PyObject
    {
        public static readonly PyType AbcDataType = new("_abc_data", PyType.ObjectType, null, "_abc", isBaseType: false);

        public HashSet<PyType> Registry { get; } = new(ReferenceEqualityComparer.Instance);

        public HashSet<PyType> Cache { get; } = new(ReferenceEqualityComparer.Instance);

        public HashSet<PyType> NegativeCache { get; } = new(ReferenceEqualityComparer.Instance);

        public long NegativeCacheVersion { get; set; } = s_invalidationCounter;

        public override PyType Type => AbcDataType;
    }
}
