using System;

namespace PyNet.Runtime;

/// <summary>
/// The abstract object protocols in C# style (CPython's Objects/abstract.c and object.c): each operation has one
/// dispatch point here; errors throw <see cref="PyException"/>. Compiled code calls <see cref="PyOps"/> instead, which
/// adds fast paths and turns exceptions into the pending-exception convention.
/// </summary>
public static partial class PyProtocol
{
    public static readonly PyStr GetAttributeName = PyStr.Intern("__getattribute__");
    public static readonly PyStr GetAttrName = PyStr.Intern("__getattr__");
    public static readonly PyStr SetAttrName = PyStr.Intern("__setattr__");
    public static readonly PyStr DelAttrName = PyStr.Intern("__delattr__");
    public static readonly PyStr GetName = PyStr.Intern("__get__");
    public static readonly PyStr SetName = PyStr.Intern("__set__");
    public static readonly PyStr DeleteName = PyStr.Intern("__delete__");

    public static object? GetAttr(object? obj, PyStr name)
    {
        if (TryGetAttrCore(obj, name, out var value))
        {
            return value;
        }
        throw new PyException(PyErrors.NoAttribute(obj, name.Value));
    }

    /// <summary>getattr without raising AttributeError on a miss (other errors still throw), as hasattr and getattr(o, n, d).</summary>
    public static bool TryGetAttr(object? obj, PyStr name, out object? value)
    {
        try
        {
            return TryGetAttrCore(obj, name, out value);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.AttributeError))
        {
            value = null;
            return false;
        }
    }

    /// <summary>
    /// The attribute lookup itself: false for a plain miss (the caller makes the AttributeError), while an
    /// AttributeError raised by user code (a custom __getattribute__, a property, __getattr__) propagates with its
    /// own message.
    /// </summary>
    public static bool TryGetAttrCore(object? obj, PyStr name, out object? value)
    {
        var type = PyType.Of(obj);
        if (type.IsHeapType)
        {
            return TryGetHeapAttr(obj, type, name, out value);
        }
        if (obj is PyType t)
        {
            return TryGetTypeAttr(t, name, out value);
        }
        if (obj is PySuper super)
        {
            return super.TryGetAttr(name, out value);
        }
        if (obj is PyGenericAlias alias)
        {
            return alias.TryGetAttr(name, out value);
        }
        if (GenericGetAttr(obj, type, name, out value))
        {
            return true;
        }
        if (obj is PyBoundMethod { Function: PyFunction function })
        {
            return TryGetAttrCore(function, name, out value);
        }
        if (obj is PyModule module && module.Dict.TryGetValue(GetAttrName, out var moduleHook))
        {
            value = PyCall.Call(moduleHook, name);
            return true;
        }
        return false;
    }

    /// <summary>Attribute lookup on an instance of a class statement: __getattribute__, then __getattr__ on AttributeError.</summary>
    private static bool TryGetHeapAttr(object? obj, PyType type, PyStr name, out object? value)
    {
        var (custom, hook) = type.AttributeHooks();
        if (hook == null)
        {
            if (custom != null)
            {
                value = CallBound(custom, obj, name);
                return true;
            }
            return obj is PyType t ? TryGetTypeAttr(t, name, out value) : GenericGetAttr(obj, type, name, out value);
        }
        try
        {
            if (custom != null)
            {
                value = CallBound(custom, obj, name);
                return true;
            }
            if (obj is PyType t ? TryGetTypeAttr(t, name, out value) : GenericGetAttr(obj, type, name, out value))
            {
                return true;
            }
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.AttributeError))
        {
        }
        value = CallBound(hook, obj, name);
        return true;
    }

    /// <summary>object.__getattribute__: data descriptors, then the instance dict, then other class attributes.</summary>
    public static bool GenericGetAttr(object? obj, PyType type, PyStr name, out object? value)
    {
        var found = type.TryLookup(name, out var descr);
        if (found && IsDataDescriptor(descr))
        {
            value = DescriptorGet(descr, obj, type, true);
            return true;
        }
        if (obj is PyInstance instance ? instance.TryGetAttribute(name, out value) :
            obj is IHasDict hd && hd.InstanceDict is { } dict && dict.TryGetValue(name, out value))
        {
            return true;
        }
        if (found)
        {
            value = DescriptorGet(descr, obj, type, true);
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>type.__getattribute__: the metatype's data descriptors, then the class MRO, then the metatype.</summary>
    public static bool TryGetTypeAttr(PyType type, PyStr name, out object? value)
    {
        var meta = type.Type;
        var metaFound = meta.TryLookup(name, out var metaAttr);
        if (metaFound && IsDataDescriptor(metaAttr))
        {
            value = DescriptorGet(metaAttr, type, meta, true);
            return true;
        }
        if (type.TryLookup(name, out var attr))
        {
            value = DescriptorGet(attr, null, type, false);
            return true;
        }
        if (metaFound)
        {
            value = DescriptorGet(metaAttr, type, meta, true);
            return true;
        }
        value = null;
        return false;
    }

    public static bool IsDataDescriptor(object? descr) => descr switch
    {
        PyGetSetDescriptor or PyProperty or PyMemberDescriptor or IPyDataDescriptor => true,
        PyFunction or PyBuiltinFunction or PyStr or null or long => false,
        PyObject p when p.Type.IsHeapType => p.Type.Lookup(SetName) != null || p.Type.Lookup(DeleteName) != null,
        _ => false,
    };

    /// <summary>
    /// Binds a class attribute for an access through an instance (<paramref name="hasInstance"/>) or through the class
    /// (descr.__get__(None, type)).
    /// </summary>
    public static object? DescriptorGet(object? descr, object? instance, PyType owner, bool hasInstance)
    {
        switch (descr)
        {
            case PyFunction f:
                return hasInstance ? new PyBoundMethod(f, instance) : f;
            case PyBuiltinFunction b when b.IsMethod:
                return hasInstance ? new PyBoundMethod(b, instance) : b;
            case PyGetSetDescriptor gs:
                return hasInstance ? gs.Getter(instance is PyValueInstance v && !gs.Owner.IsHeapType && !ReferenceEquals(gs.Owner, PyType.ObjectType) ? v.Value : instance!) : gs;
            case PyMemberDescriptor md:
                return hasInstance ? md.Get(instance) : md;
            case PyProperty p:
                if (!hasInstance)
                {
                    return p;
                }
                if (p.Getter == null)
                {
                    throw new PyException(PyErrors.New(PyExc.AttributeError, p.UnreadableMessage(owner)));
                }
                return PyCall.Call(p.Getter, instance);
            case PyStaticMethod sm:
                return sm.Function;
            case IPyDescriptor foreign:
                return foreign.Get(instance, owner, hasInstance);
            case PyClassMethod cm:
                return new PyBoundMethod(cm.Function, hasInstance ? PyType.Of(instance) : owner);
            case PyObject o when o.Type.IsHeapType:
                var get = o.Type.Lookup(GetName);
                if (get != null)
                {
                    return PyCall.Call(get, o, hasInstance ? instance : null, owner);
                }
                return descr;
            default:
                return descr;
        }
    }

    public static void SetAttr(object? obj, PyStr name, object? value)
    {
        var type = PyType.Of(obj);
        if (type.IsHeapType)
        {
            var custom = type.Lookup(SetAttrName);
            if (custom != null && !ReferenceEquals(custom, ObjectMembers.SetAttrFunction))
            {
                CallBound(custom, obj, name, value);
                return;
            }
        }
        GenericSetAttr(obj, type, name, value);
    }

    public static void GenericSetAttr(object? obj, PyType type, PyStr name, object? value)
    {
        if (obj is PyType t)
        {
            SetTypeAttr(t, name, value);
            return;
        }
        var descr = type.Lookup(name);
        if (descr != null && DescriptorSet(descr, obj, value, false))
        {
            return;
        }
        if (obj is IHasDict hd && type.HasInstanceDict)
        {
            if (obj is PyInstance instance)
            {
                instance.SetAttribute(name, value);
            }
            else
            {
                hd.GetOrCreateDict()[name] = value;
            }
            return;
        }
        if (descr != null)
        {
            throw new PyException(PyErrors.ReadOnlyAttribute(obj, name.Value));
        }
        throw new PyException(PyErrors.NoAttribute(obj, name.Value));
    }

    public static void SetTypeAttr(PyType t, PyStr name, object? value)
    {
        var meta = t.Type;
        var descr = meta.Lookup(name);
        if (descr != null && DescriptorSet(descr, t, value, false))
        {
            return;
        }
        if (!t.IsHeapType)
        {
            throw new PyException(PyErrors.CannotSetAttribute(t, name.Value));
        }
        t.SetMember(name, value);
    }

    public static void DelAttr(object? obj, PyStr name)
    {
        var type = PyType.Of(obj);
        if (type.IsHeapType)
        {
            var custom = type.Lookup(DelAttrName);
            if (custom != null && !ReferenceEquals(custom, ObjectMembers.DelAttrFunction))
            {
                CallBound(custom, obj, name);
                return;
            }
        }
        GenericDelAttr(obj, type, name);
    }

    /// <summary>object.__delattr__: a data descriptor's __delete__, else removal from the instance dict.</summary>
    public static void GenericDelAttr(object? obj, PyType type, PyStr name)
    {
        if (obj is PyType t)
        {
            if (!t.IsHeapType)
            {
                throw new PyException(PyErrors.CannotSetAttribute(t, name.Value));
            }
            if (!t.RemoveMember(name))
            {
                throw new PyException(PyErrors.NoAttribute(t, name.Value));
            }
            return;
        }
        var descr = type.Lookup(name);
        if (descr != null && DescriptorSet(descr, obj, null, true))
        {
            return;
        }
        if (obj is PyInstance instance ? instance.RemoveAttribute(name) :
            obj is IHasDict hd && hd.InstanceDict != null && hd.InstanceDict.Remove(name))
        {
            return;
        }
        throw new PyException(PyErrors.NoAttribute(obj, name.Value));
    }

    /// <summary>Runs a data descriptor's __set__ or __delete__; false when <paramref name="descr"/> is not one.</summary>
    private static bool DescriptorSet(object descr, object? obj, object? value, bool delete)
    {
        switch (descr)
        {
            case PyGetSetDescriptor gs:
                if (gs.Setter == null)
                {
                    throw new PyException(PyErrors.ReadOnlyAttribute(obj, gs.Name));
                }
                gs.Setter(obj!, delete ? PyOps.Unbound : value);
                return true;
            case PyMemberDescriptor md:
                md.Set(obj, value, delete);
                return true;
            case IPyDataDescriptor data:
                data.Set(obj, value, delete);
                return true;
            case PyProperty p:
                var fn = delete ? p.Deleter : p.Setter;
                if (fn == null)
                {
                    throw new PyException(PyErrors.New(PyExc.AttributeError, p.UnwritableMessage(PyType.Of(obj), delete)));
                }
                if (delete)
                {
                    PyCall.Call(fn, obj);
                }
                else
                {
                    PyCall.Call(fn, obj, value);
                }
                return true;
            case PyObject o when o.Type.IsHeapType:
                var hook = o.Type.Lookup(delete ? DeleteName : SetName);
                if (hook == null)
                {
                    return false;
                }
                if (delete)
                {
                    PyCall.Call(hook, o, obj);
                }
                else
                {
                    PyCall.Call(hook, o, obj, value);
                }
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Calls a class attribute found by lookup as a method of <paramref name="self"/>: special methods called by the
    /// operators and protocols. A Python function with a typed entry of the right arity is called through it, with
    /// no argument arrays.
    /// </summary>
    public static object? CallBound(object? function, object? self) =>
        function is PyFunction { Fast1: { } fast } ? RaiseIfPending(fast(self)) : CallBound(function, self, Array.Empty<object?>());

    public static object? CallBound(object? function, object? self, object? a) =>
        function is PyFunction { Fast2: { } fast } ? RaiseIfPending(fast(self, a)) : CallBound(function, self, new[] { a });

    public static object? CallBound(object? function, object? self, object? a, object? b) =>
        function is PyFunction { Fast3: { } fast } ? RaiseIfPending(fast(self, a, b)) : CallBound(function, self, new[] { a, b });

    /// <summary>A typed entry's result, its pending exception thrown as C# runtime code expects.</summary>
    private static object? RaiseIfPending(object? result) =>
        ReferenceEquals(result, PyOps.Raised) ? throw PyOps.TakePendingAsException() : result;

    public static object? CallBound(object? function, object? self, params object?[] args)
    {
        if (function is PyFunction or PyBuiltinFunction { IsMethod: true })
        {
            var all = new object?[args.Length + 1];
            all[0] = self;
            args.CopyTo(all, 1);
            return PyCall.Call(function, all, null);
        }
        var bound = DescriptorGet(function, self, PyType.Of(self), true);
        return PyCall.Call(bound, args, null);
    }

    /// <summary>Looks up a special method on the type (never the instance) and calls it; false when absent.</summary>
    public static bool TryCallSpecial(object? self, PyStr name, out object? result, params object?[] args)
    {
        var method = PyType.Of(self).Lookup(name);
        if (method == null)
        {
            result = null;
            return false;
        }
        result = CallBound(method, self, args);
        return true;
    }
}

public static partial class PyProtocol
{
    /// <summary>super(type, cls).name: looks up after <paramref name="start"/> in <paramref name="cls"/>'s MRO and binds to cls.</summary>
    public static bool TryGetTypeAttrFrom(PyType start, PyType cls, PyStr name, out object? value)
    {
        var mro = cls.Mro;
        var i = System.Array.IndexOf(mro, start);
        for (i = i < 0 ? 0 : i; i < mro.Length; i++)
        {
            if (mro[i].Dict.TryGetValue(name, out var v))
            {
                value = v is PyClassMethod cm ? new PyBoundMethod(cm.Function, cls) : DescriptorGet(v, null, cls, false);
                return true;
            }
        }
        value = null;
        return false;
    }
}
