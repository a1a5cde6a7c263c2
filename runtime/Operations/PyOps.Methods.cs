using System;
using System.Runtime.CompilerServices;

namespace PyNet.Runtime;

public static partial class PyOps
{
    /// <summary>
    /// obj.name(a...) without creating a bound method (CPython's LOAD_METHOD): when the attribute found on the type is
    /// a plain Python function or a builtin method and the instance does not shadow it, the function is called with
    /// obj as its first argument through its typed entry. Everything else takes the ordinary getattr-then-call path.
    /// </summary>
    public static object? CallMethod0(object? obj, PyStr name)
    {
        var method = FindMethod(obj, name);
        if (method is PyFunction f)
        {
            return f.Fast1 != null ? f.Fast1(obj) : CallSlowPublic(f, [obj]);
        }
        if (method is PyBuiltinFunction b)
        {
            return CallBuiltinMethod0(b, obj);
        }
        var bound = GetAttr(obj, name);
        return ReferenceEquals(bound, Raised) ? Raised : Call0(bound);
    }

    public static object? CallMethod1(object? obj, PyStr name, object? a)
    {
        var method = FindMethod(obj, name);
        if (method is PyFunction f)
        {
            return f.Fast2 != null ? f.Fast2(obj, a) : CallSlowPublic(f, [obj, a]);
        }
        if (method is PyBuiltinFunction b)
        {
            return CallBuiltinMethod1(b, obj, a);
        }
        var bound = GetAttr(obj, name);
        return ReferenceEquals(bound, Raised) ? Raised : Call1(bound, a);
    }

    public static object? CallMethod2(object? obj, PyStr name, object? a, object? b)
    {
        var method = FindMethod(obj, name);
        if (method is PyFunction f)
        {
            return f.Fast3 != null ? f.Fast3(obj, a, b) : CallSlowPublic(f, [obj, a, b]);
        }
        if (method is PyBuiltinFunction bf)
        {
            return CallBuiltinMethod2(bf, obj, a, b);
        }
        var bound = GetAttr(obj, name);
        return ReferenceEquals(bound, Raised) ? Raised : Call2(bound, a, b);
    }

    public static object? CallMethod3(object? obj, PyStr name, object? a, object? b, object? c)
    {
        var method = FindMethod(obj, name);
        if (method is PyFunction f)
        {
            return f.Fast4 != null ? f.Fast4(obj, a, b, c) : CallSlowPublic(f, [obj, a, b, c]);
        }
        if (method is PyBuiltinFunction bf)
        {
            return CallBuiltinMethod(bf, new[] { obj, a, b, c });
        }
        var bound = GetAttr(obj, name);
        return ReferenceEquals(bound, Raised) ? Raised : Call3(bound, a, b, c);
    }

    /// <summary>
    /// The method a call through <paramref name="name"/> would bind, when it can be called directly: a Python
    /// function or builtin method found on a type with the default __getattribute__, not shadowed by the instance
    /// dictionary. Null otherwise (the caller takes the general path).
    /// </summary>
    private static object? FindMethod(object? obj, PyStr name)
    {
        if (obj is PyType or PyModule or PySuper)
        {
            return null;
        }
        var type = PyType.Of(obj);
        if (!type.TryLookup(name, out var attr))
        {
            return null;
        }
        if (attr is PyFunction)
        {
            if (type.IsHeapType && !HasDefaultGetAttribute(type))
            {
                return null;
            }
            if (obj is PyInstance instance ? instance.HasAttribute(name) : obj is IHasDict { InstanceDict: { } dict } && dict.Count != 0 && dict.ContainsKey(name))
            {
                return null;
            }
            return attr;
        }
        if (attr is PyBuiltinFunction { IsMethod: true } b && !type.IsHeapType)
        {
            return b;
        }
        return null;
    }

    private static readonly PyStr s_getattributeName = PyStr.Intern("__getattribute__");

    private static bool HasDefaultGetAttribute(PyType type) =>
        !type.TryLookup(s_getattributeName, out var ga) || ReferenceEquals(ga, ObjectMembers.GetAttributeFunction);

    // A builtin method called with obj as self: its typed entry when it has one (and takes the value as it is).
    internal static object? CallBuiltinMethod0(PyBuiltinFunction b, object? obj) =>
        b.Fast1 != null && !b.UnwrapsValues ? CallBuiltin1(b, obj) : CallBuiltinMethod(b, new[] { obj });

    internal static object? CallBuiltinMethod1(PyBuiltinFunction b, object? obj, object? a) =>
        b.Fast2 != null && !b.UnwrapsValues ? CallBuiltin2(b.Fast2, obj, a) : CallBuiltinMethod(b, new[] { obj, a });

    internal static object? CallBuiltinMethod2(PyBuiltinFunction b, object? obj, object? a, object? c)
    {
        if (b.Fast3 != null && !b.UnwrapsValues)
        {
            try
            {
                return b.Fast3(obj, a, c);
            }
            catch (Exception e)
            {
                return Fail(e);
            }
        }
        return CallBuiltinMethod(b, new[] { obj, a, c });
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static object? CallBuiltinMethod(PyBuiltinFunction method, object?[] args)
    {
        try
        {
            return method.Call(args, null);
        }
        catch (Exception e)
        {
            return Fail(e);
        }
    }

    internal static object? CallSlowPublic(PyFunction f, ReadOnlySpan<object?> args) => CallSlow(f, args, null);
}
