using System;

namespace PyNet.Runtime;

/// <summary>The members of <c>property</c>.</summary>
public static class PropertyMembers
{
    private static readonly PyStr s_doc = PyStr.Intern("__doc__");
    private static readonly PyStr s_isAbstract = PyStr.Intern("__isabstractmethod__");
    private static readonly string[] s_parameters = { "fget", "fset", "fdel", "doc" };

    internal static void Init(PyType t)
    {
        t.InstanceFactory = static type => type.IsHeapType ? new PyPropertyWithDict(type) : new PyProperty(null, null, null, null);
        t.DefMethodVar("__init__", (args, kw) =>
        {
            var p = (PyProperty)args[0]!;
            var a = Builtins.BindArguments("property", args, kw, 1, s_parameters, 0);
            object? Arg(int i) => ReferenceEquals(a[i], PyOps.Unbound) ? null : a[i];
            p.Getter = Arg(0);
            p.Setter = Arg(1);
            p.Deleter = Arg(2);
            p.Doc = Arg(3);
            if (p.Doc == null && p.Getter != null && PyProtocol.TryGetAttr(p.Getter, s_doc, out var doc))
            {
                p.Doc = doc;
            }
            return null;
        });
        t.DefMethod("__get__", (self, obj, type) =>
        {
            var p = (PyProperty)self!;
            if (obj == null)
            {
                return p;
            }
            if (p.Getter == null)
            {
                throw new PyException(PyErrors.PropertyNoGetter(p.Name, PyType.Of(obj)));
            }
            return PyCall.Call(p.Getter, obj);
        });
        t.DefMethod("__set__", (self, obj, value) =>
        {
            var p = (PyProperty)self!;
            if (p.Setter == null)
            {
                throw new PyException(PyErrors.PropertyNoSetter(p.Name, PyType.Of(obj), delete: false));
            }
            PyCall.Call(p.Setter, obj, value);
            return null;
        });
        t.DefMethod("__delete__", (self, obj) =>
        {
            var p = (PyProperty)self!;
            if (p.Deleter == null)
            {
                throw new PyException(PyErrors.PropertyNoSetter(p.Name, PyType.Of(obj), delete: true));
            }
            PyCall.Call(p.Deleter, obj);
            return null;
        });
        t.DefMethod("__set_name__", (self, owner, name) =>
        {
            ((PyProperty)self!).Name = (name as PyStr)?.Value;
            return null;
        });
        t.DefMethod("getter", (self, f) => Copy((PyProperty)self!, f, 0));
        t.DefMethod("setter", (self, f) => Copy((PyProperty)self!, f, 1));
        t.DefMethod("deleter", (self, f) => Copy((PyProperty)self!, f, 2));
        t.DefGetSet("fget", self => ((PyProperty)self).Getter);
        t.DefGetSet("fset", self => ((PyProperty)self).Setter);
        t.DefGetSet("fdel", self => ((PyProperty)self).Deleter);
        t.DefGetSet("__doc__", self => ((PyProperty)self).Doc, (self, v) => ((PyProperty)self).Doc = ReferenceEquals(v, PyOps.Unbound) ? null : v);
        t.DefGetSet("__isabstractmethod__", self =>
        {
            var p = (PyProperty)self;
            return IsAbstract(p.Getter) || IsAbstract(p.Setter) || IsAbstract(p.Deleter);
        });
    }

    /// <summary>property.getter/setter/deleter: a new property of the same type with one function replaced.</summary>
    private static object? Copy(PyProperty p, object? f, int which)
    {
        var getter = which == 0 ? f : p.Getter;
        var setter = which == 1 ? f : p.Setter;
        var deleter = which == 2 ? f : p.Deleter;
        var doc = which == 0 && p.Getter != null && PyProtocol.TryGetAttr(p.Getter, s_doc, out var getterDoc) && ReferenceEquals(getterDoc, p.Doc) ? null : p.Doc;
        var copy = PyCall.Call(p.Type, new[] { getter, setter, deleter, doc }, null);
        if (copy is PyProperty cp)
        {
            cp.Name = p.Name;
        }
        return copy;
    }

    internal static bool IsAbstract(object? f) =>
        f != null && PyProtocol.TryGetAttr(f, s_isAbstract, out var v) && PyProtocol.IsTrue(v);
}

/// <summary>The members of <c>staticmethod</c>: a callable wrapper that binds to nothing.</summary>
public static class StaticMethodMembers
{
    internal static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) => new PyStaticMethod(null));
        t.DefMethodVar("__init__", (args, kw) =>
        {
            Builtins.NoKeywords("staticmethod", kw);
            if (args.Length != 2)
            {
                throw new PyException(PyErrors.ExpectedArguments("staticmethod", 1, args.Length - 1));
            }
            var sm = (PyStaticMethod)args[0]!;
            sm.Function = args[1];
            WrapperMembers.CopyAttributes(sm.GetOrCreateDict(), args[1]);
            return null;
        });
        t.DefMethod("__get__", (self, obj, type) => ((PyStaticMethod)self!).Function);
        t.DefMethodVar("__call__", (args, kw) => PyCall.Call(((PyStaticMethod)args[0]!).Function, args[1..], kw));
        t.DefMethod("__repr__", self => new PyStr($"<staticmethod({PyProtocol.Repr(((PyStaticMethod)self!).Function)})>"));
        WrapperMembers.DefCommon(t, self => ((PyStaticMethod)self).Function, self => ((PyStaticMethod)self).GetOrCreateDict());
    }
}

/// <summary>The members of <c>classmethod</c>: binds the function to the class it is looked up through.</summary>
public static class ClassMethodMembers
{
    internal static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) => new PyClassMethod(null));
        t.DefMethodVar("__init__", (args, kw) =>
        {
            Builtins.NoKeywords("classmethod", kw);
            if (args.Length != 2)
            {
                throw new PyException(PyErrors.ExpectedArguments("classmethod", 1, args.Length - 1));
            }
            var cm = (PyClassMethod)args[0]!;
            cm.Function = args[1];
            WrapperMembers.CopyAttributes(cm.GetOrCreateDict(), args[1]);
            return null;
        });
        t.DefMethod("__get__", (self, obj, type) => new PyBoundMethod(((PyClassMethod)self!).Function, type ?? PyType.Of(obj)));
        t.DefMethod("__repr__", self => new PyStr($"<classmethod({PyProtocol.Repr(((PyClassMethod)self!).Function)})>"));
        WrapperMembers.DefCommon(t, self => ((PyClassMethod)self).Function, self => ((PyClassMethod)self).GetOrCreateDict());
    }
}

/// <summary>What staticmethod and classmethod share: __func__, __wrapped__, __isabstractmethod__ and the copied attributes.</summary>
internal static class WrapperMembers
{
    private static readonly string[] s_copied = { "__module__", "__name__", "__qualname__", "__doc__" };

    public static void DefCommon(PyType t, Func<object, object?> function, Func<object, PyDict> dict)
    {
        t.DefGetSet("__func__", function);
        t.DefGetSet("__isabstractmethod__", self => PropertyMembers.IsAbstract(function(self)));
        t.DefGetSet("__dict__", dict);
    }

    /// <summary>functools.wraps-style copy of the wrapped function's attributes (CPython 3.10+), plus __wrapped__.</summary>
    public static void CopyAttributes(PyDict dict, object? f)
    {
        foreach (var name in s_copied)
        {
            var key = PyStr.Intern(name);
            if (PyProtocol.TryGetAttr(f, key, out var v))
            {
                dict[key] = v;
            }
        }
        dict[PyStr.Intern("__wrapped__")] = f;
    }
}
