using System;

namespace PyNet.Runtime;

/// <summary>
/// The inline cache of one <c>obj.name(args)</c> call in compiled code (CPython 3.11's LOAD_METHOD/CALL
/// specialisation). For an instance whose class (at the cached version) resolves the name to a plain Python function
/// that the instance dictionary does not shadow, the function is called directly with the instance as its first
/// argument: no bound-method object, no type lookup. For a module, the function is taken from the module dictionary
/// at the entry where it was last found. For an instance of a builtin type, the builtin method found on the type is
/// kept with the type (builtin types never change) and called through its typed entry. Everything else takes
/// <see cref="PyOps"/>'s CallMethod entries.
/// </summary>
public sealed class MethodCallSite : InstanceAttributeSite
{
    private int _hint = -1;

    /// <summary>The builtin type last seen at this site and the method the name resolves to on it.</summary>
    private BuiltinEntry? _builtin;

    private sealed record BuiltinEntry(PyType Type, int Version, PyBuiltinFunction Method, Type? ExactClass);

    /// <summary>
    /// The builtin method cached for <paramref name="obj"/> when its CLR class alone says its Python type (an exact
    /// str, dict, list, tuple, int or float): one class comparison, before the module, instance and type tests.
    /// </summary>
    private PyBuiltinFunction? ExactBuiltinMethod(object? obj)
    {
        var entry = _builtin;
        return entry != null && obj != null && obj.GetType() == entry.ExactClass && entry.Version == entry.Type.Version ? entry.Method : null;
    }

    private static Type? ExactClassOf(object? obj) =>
        obj?.GetType() is { } c && (c == typeof(PyStr) || c == typeof(PyDict) || c == typeof(PyList) || c == typeof(PyTuple) || c == typeof(long) || c == typeof(double))
            ? c
            : null;

    public MethodCallSite(PyStr name)
        : base(name)
    {
    }

    public object? Call0(object? obj)
    {
        if (ExactBuiltinMethod(obj) is { } exact)
        {
            return PyOps.CallBuiltinMethod0(exact, obj);
        }
        if (obj is PyModule module && module.Dict.TryGetValue(Name, ref _hint, out var callee))
        {
            return PyOps.Call0(callee);
        }
        var f = Method(obj);
        if (f != null)
        {
            return f.Fast1 != null ? f.Fast1(obj) : PyOps.CallSlowPublic(f, [obj]);
        }
        if (BuiltinMethod(obj) is { } builtin)
        {
            return PyOps.CallBuiltinMethod0(builtin, obj);
        }
        return PyOps.CallMethod0(obj, Name);
    }

    public object? Call1(object? obj, object? a)
    {
        if (ExactBuiltinMethod(obj) is { } exact)
        {
            return PyOps.CallBuiltinMethod1(exact, obj, a);
        }
        if (obj is PyModule module && module.Dict.TryGetValue(Name, ref _hint, out var callee))
        {
            return PyOps.Call1(callee, a);
        }
        var f = Method(obj);
        if (f != null)
        {
            return f.Fast2 != null ? f.Fast2(obj, a) : PyOps.CallSlowPublic(f, [obj, a]);
        }
        if (BuiltinMethod(obj) is { } builtin)
        {
            return PyOps.CallBuiltinMethod1(builtin, obj, a);
        }
        return PyOps.CallMethod1(obj, Name, a);
    }

    public object? Call2(object? obj, object? a, object? b)
    {
        if (ExactBuiltinMethod(obj) is { } exact)
        {
            return PyOps.CallBuiltinMethod2(exact, obj, a, b);
        }
        if (obj is PyModule module && module.Dict.TryGetValue(Name, ref _hint, out var callee))
        {
            return PyOps.Call2(callee, a, b);
        }
        var f = Method(obj);
        if (f != null)
        {
            return f.Fast3 != null ? f.Fast3(obj, a, b) : PyOps.CallSlowPublic(f, [obj, a, b]);
        }
        if (BuiltinMethod(obj) is { } builtin)
        {
            return PyOps.CallBuiltinMethod2(builtin, obj, a, b);
        }
        return PyOps.CallMethod2(obj, Name, a, b);
    }

    public object? Call3(object? obj, object? a, object? b, object? c)
    {
        if (obj is PyModule module && module.Dict.TryGetValue(Name, ref _hint, out var callee))
        {
            return PyOps.Call3(callee, a, b, c);
        }
        var f = Method(obj);
        if (f != null)
        {
            return f.Fast4 != null ? f.Fast4(obj, a, b, c) : PyOps.CallSlowPublic(f, [obj, a, b, c]);
        }
        return PyOps.CallMethod3(obj, Name, a, b, c);
    }

    /// <summary>
    /// The builtin method of a builtin type (<c>list.append</c>) that <paramref name="obj"/>'s type resolves the name
    /// to, or null. As <see cref="PyOps"/>'s FindMethod, but remembered per site for the type's version.
    /// </summary>
    private PyBuiltinFunction? BuiltinMethod(object? obj)
    {
        if (obj is PyInstance or PyType or PyModule or PySuper)
        {
            return null;
        }
        var type = PyType.Of(obj);
        var entry = _builtin;
        if (entry != null && ReferenceEquals(entry.Type, type) && entry.Version == type.Version)
        {
            return entry.Method;
        }
        if (type.IsHeapType || !type.TryLookup(Name, out var attr) || attr is not PyBuiltinFunction { IsMethod: true } method)
        {
            return null;
        }
        _builtin = new BuiltinEntry(type, type.Version, method, ExactClassOf(obj));
        return method;
    }

    /// <summary>The Python function to call with <paramref name="obj"/> prepended, or null for the general path.</summary>
    private PyFunction? Method(object? obj)
    {
        if (obj is not PyInstance instance)
        {
            return null;
        }
        if (CachedShape(instance.Type) is { General: false, DataDescriptor: null, ClassAttribute: PyFunction hit } cached &&
            ReferenceEquals(cached.UnshadowedLayout, instance.Layout) && instance.Layout != null)
        {
            // The hit: the class's function, for an instance whose layout the site has seen lack the name.
            return hit;
        }
        var shape = ShapeOf(instance.Type);
        if (shape == null || shape.General || shape.DataDescriptor != null || shape.ClassAttribute is not PyFunction f)
        {
            return null;
        }
        if (instance.Layout is { } layout)
        {
            return shape.SlotFor(layout, Name).Index < 0 ? f : null;
        }
        var dict = instance.DictOrNull!;
        return dict.Count != 0 && dict.TryGetValue(Name, ref shape.Hint, out _) ? null : f;
    }
}
