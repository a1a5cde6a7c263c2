using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>The builtins that look at objects and types: callable, isinstance, issubclass, vars, dir.</summary>
public static partial class Builtins
{
    public static bool IsCallable(object? o) => o switch
    {
        PyFunction or PyBuiltinFunction or PyBoundMethod or PyType => true,
        _ => PyType.Of(o).Lookup(PyCall.CallName) != null,
    };

    /// <summary>isinstance(o, cls): an exact type match, tuples (nested), then the metaclass's __instancecheck__.</summary>
    public static bool IsInstance(object? o, object? cls)
    {
        var type = PyType.Of(o);
        if (ReferenceEquals(type, cls))
        {
            return true;
        }
        switch (cls)
        {
            case PyType t:
                if (t.Type.IsHeapType && t.Type.Lookup(s_instanceCheck) is { } check)
                {
                    return PyProtocol.IsTrue(PyProtocol.CallBound(check, t, o));
                }
                return type.IsSubtypeOf(t);
            case PyTuple tuple:
                foreach (var item in tuple.Items)
                {
                    if (IsInstance(o, item))
                    {
                        return true;
                    }
                }
                return false;
        }
        if (PyType.Of(cls).Lookup(s_instanceCheck) is { } hook)
        {
            return PyProtocol.IsTrue(PyProtocol.CallBound(hook, cls, o));
        }
        throw new PyException(PyErrors.ArgumentMustBeType("isinstance", "a type, a tuple of types, or a union"));
    }

    /// <summary>issubclass(c, cls): tuples (nested), then the metaclass's __subclasscheck__.</summary>
    public static bool IsSubclass(object? c, object? cls)
    {
        switch (cls)
        {
            case PyTuple tuple:
                foreach (var item in tuple.Items)
                {
                    if (IsSubclass(c, item))
                    {
                        return true;
                    }
                }
                return false;
            case PyType t:
                if (t.Type.IsHeapType && t.Type.Lookup(s_subclassCheck) is { } check)
                {
                    return PyProtocol.IsTrue(PyProtocol.CallBound(check, t, c));
                }
                if (c is not PyType ct)
                {
                    throw new PyException(PyErrors.IsSubclassArg1());
                }
                return ct.IsSubtypeOf(t);
        }
        if (PyType.Of(cls).Lookup(s_subclassCheck) is { } hook)
        {
            return PyProtocol.IsTrue(PyProtocol.CallBound(hook, cls, c));
        }
        if (c is not PyType)
        {
            throw new PyException(PyErrors.IsSubclassArg1());
        }
        throw new PyException(PyErrors.ArgumentMustBeType("issubclass", "a class, a tuple of classes, or a union"));
    }

    /// <summary>vars(o): o.__dict__; without an argument, the current locals (from the compiler's hook).</summary>
    private static object? Vars(object?[] args, PyStr[]? kw)
    {
        NoKeywords("vars", kw);
        if (args.Length > 1)
        {
            throw new PyException(PyErrors.ExpectedAtMost("vars", 1, args.Length));
        }
        if (args.Length == 0)
        {
            return CurrentLocalsOrFail();
        }
        try
        {
            if (PyProtocol.TryGetAttr(args[0], s_dictName, out var dict))
            {
                return dict;
            }
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.AttributeError))
        {
        }
        throw new PyException(PyErrors.VarsNeedsDict());
    }

    /// <summary>dir(o): type(o).__dir__(o) when a class defines it, else CPython's default for modules, types and instances; sorted.</summary>
    private static object? Dir(object?[] args, PyStr[]? kw)
    {
        NoKeywords("dir", kw);
        if (args.Length > 1)
        {
            throw new PyException(PyErrors.ExpectedAtMost("dir", 1, args.Length));
        }
        var result = new PyList();
        if (args.Length == 0)
        {
            ListMembers.Extend(result, PyProtocol.Iter(CurrentLocalsOrFail()));
        }
        else if (PyType.Of(args[0]).Lookup(s_dir) is { } custom)
        {
            ListMembers.Extend(result, PyProtocol.CallBound(custom, args[0]));
        }
        else
        {
            foreach (var name in DefaultDir(args[0]))
            {
                result.Append(name);
            }
        }
        ListMembers.Sort(result, new object?[] { result }, null);
        return result;
    }

    private static object? CurrentLocalsOrFail() =>
        CurrentLocals?.Invoke() ?? throw new PyException(PyErrors.SystemError("no current frame"));

    /// <summary>object.__dir__ and type.__dir__: instance dict keys plus every class dict along the MRO.</summary>
    private static IEnumerable<object?> DefaultDir(object? o)
    {
        var names = new PySet();
        switch (o)
        {
            case PyModule m:
                names.UpdateFrom(m.Dict);
                return names.Items();
            case PyType t:
                foreach (var k in t.Mro)
                {
                    names.UpdateFrom(k.Dict);
                }
                return names.Items();
        }
        if (o is IHasDict { InstanceDict: { } dict })
        {
            names.UpdateFrom(dict);
        }
        foreach (var k in PyType.Of(o).Mro)
        {
            names.UpdateFrom(k.Dict);
        }
        return names.Items();
    }
}
