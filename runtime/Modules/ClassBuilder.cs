using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>What CPython's <c>__build_class__</c> does for a class statement.</summary>
public static class ClassBuilder
{
    private static readonly PyStr s_metaclass = PyStr.Intern("metaclass");
    private static readonly PyStr s_prepare = PyStr.Intern("__prepare__");
    private static readonly PyStr s_module = PyStr.Intern("__module__");
    private static readonly PyStr s_qualname = PyStr.Intern("__qualname__");
    private static readonly PyStr s_name = PyStr.Intern("__name__");
    private static readonly PyStr s_mroEntries = PyStr.Intern("__mro_entries__");
    private static readonly PyStr s_origBases = PyStr.Intern("__orig_bases__");

    public static object? Build(PyFunction body, PyStr name, object?[] bases, object?[] keywordValues, PyStr[]? keywordNames)
    {
        object? meta = null;
        var kwValues = new List<object?>();
        var kwNames = new List<PyStr>();
        for (var i = 0; i < (keywordNames?.Length ?? 0); i++)
        {
            if (keywordNames![i].Equals(s_metaclass))
            {
                meta = keywordValues[i];
            }
            else
            {
                kwNames.Add(keywordNames[i]);
                kwValues.Add(keywordValues[i]);
            }
        }
        var originalBases = bases;
        bases = ResolveMroEntries(bases);
        var isClass = meta is PyType || meta == null;
        if (meta == null)
        {
            meta = bases.Length > 0 ? PyType.Of(bases[0]) : PyType.TypeType;
        }
        if (isClass)
        {
            meta = CalculateMetaclass((PyType)meta!, bases);
        }
        var basesTuple = PyTuple.Create(bases);
        object? ns;
        if (PyProtocol.TryGetAttr(meta, s_prepare, out var prepare))
        {
            var args = new List<object?> { name, basesTuple };
            args.AddRange(kwValues);
            ns = PyCall.Call(prepare, args.ToArray(), kwNames.Count > 0 ? kwNames.ToArray() : null);
        }
        else
        {
            ns = new PyDict();
        }
        var nsDict = ns as PyDict ?? throw new PyException(PyErrors.TypeError($"{(meta as PyType)?.Name ?? "?"}.__prepare__() must return a mapping, not {PyErrors.TypeName(ns)}"));
        // The class body's first statements as CPython compiles them, __module__ = __name__ and __qualname__ = '...',
        // through the namespace's own __getitem__/__setitem__ when __prepare__ returned a dict subclass.
        if (ModuleNameFor(nsDict, body.Globals) is { } moduleName)
        {
            PyProtocol.SetItem(nsDict, s_module, moduleName);
        }
        PyProtocol.SetItem(nsDict, s_qualname, new PyStr(body.Code.QualName));
        if (!ReferenceEquals(originalBases, bases))
        {
            nsDict[s_origBases] = PyTuple.Create(originalBases);
        }
        var cell = body.Call(new object?[] { nsDict });
        var callArgs = new List<object?> { name, basesTuple, nsDict };
        callArgs.AddRange(kwValues);
        var cls = PyCall.Call(meta, callArgs.ToArray(), kwNames.Count > 0 ? kwNames.ToArray() : null);
        if (cell is PyCell c)
        {
            c.Value = cls;
        }
        PyFacade.OnClassCreated(body.Globals, body.Code.QualName, cls);
        return cls;
    }

    private static object? ModuleNameFor(PyDict ns, PyDict globals)
    {
        if (!ns.IsExact)
        {
            try
            {
                return PyProtocol.GetItem(ns, s_name);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.KeyError))
            {
            }
        }
        return globals.TryGetValue(s_name, out var name) ? name : null;
    }

    private static object?[] ResolveMroEntries(object?[] bases)
    {
        List<object?>? result = null;
        for (var i = 0; i < bases.Length; i++)
        {
            var b = bases[i];
            if (b is PyType)
            {
                result?.Add(b);
                continue;
            }
            if (PyProtocol.TryGetAttr(b, s_mroEntries, out var entries))
            {
                result ??= new List<object?>(bases[..i]);
                result.AddRange(Builtins.ToArray(PyCall.Call(entries, PyTuple.Create(bases))));
                continue;
            }
            result?.Add(b);
        }
        return result?.ToArray() ?? bases;
    }

    /// <summary>The most derived metaclass of <paramref name="meta"/> and the bases' types, or a conflict error.</summary>
    public static PyType CalculateMetaclass(PyType meta, object?[] bases)
    {
        var winner = meta;
        foreach (var b in bases)
        {
            var t = PyType.Of(b);
            if (winner.IsSubtypeOf(t))
            {
                continue;
            }
            if (t.IsSubtypeOf(winner))
            {
                winner = t;
                continue;
            }
            throw new PyException(PyErrors.MetaclassConflict());
        }
        return winner;
    }
}
