namespace PyNet.Runtime;

/// <summary>
/// object's pickling protocol (CPython's Objects/typeobject.c: object___reduce_ex__, reduce_newobj,
/// object_getstate): what copy, pickle and copyreg ask every object.
/// </summary>
public static partial class ObjectMembers
{
    private static readonly PyStr s_reduceName = PyStr.Intern("__reduce__");
    private static readonly PyStr s_getStateName = PyStr.Intern("__getstate__");
    private static readonly PyStr s_getNewArgsName = PyStr.Intern("__getnewargs__");
    private static readonly PyStr s_getNewArgsExName = PyStr.Intern("__getnewargs_ex__");
    private static readonly PyStr s_itemsName = PyStr.Intern("items");
    private static PyBuiltinFunction? s_objectReduce;

    private static void DefineReduce(PyType t)
    {
        s_objectReduce = t.DefMethod("__reduce__", self => CommonReduce(self, 0));
        t.DefMethod("__reduce_ex__", (self, protocol) =>
        {
            var proto = PyProtocol.Index(protocol);
            // A class that overrides __reduce__ gets it called, as CPython does.
            if (!ReferenceEquals(PyType.Of(self).Lookup(s_reduceName), s_objectReduce))
            {
                return PyCall.Call(PyProtocol.GetAttr(self, s_reduceName));
            }
            return CommonReduce(self, proto);
        });
        t.DefMethod("__getstate__", self => GetState(self, required: false));
    }

    private static object? Copyreg(string name) => PyProtocol.GetAttr(Importer.ImportModule("copyreg"), PyStr.Intern(name));

    private static object? CommonReduce(object? self, System.Numerics.BigInteger protocol) =>
        protocol >= 2 ? ReduceNewObj(self) : PyCall.Call(Copyreg("_reduce_ex"), self, PyInt.Normalize(protocol));

    /// <summary>(copyreg.__newobj__, (cls, *args), state, listitems, dictitems) for protocol 2 and later.</summary>
    private static object? ReduceNewObj(object? self)
    {
        var cls = PyType.Of(self);
        object? args = null;
        object? kwargs = null;
        if (PyProtocol.TryGetAttr(self, s_getNewArgsExName, out var getNewArgsEx))
        {
            var pair = PyCall.Call(getNewArgsEx) as PyTuple;
            if (pair is not { Count: 2 } || pair[0] is not PyTuple || pair[1] is not PyDict)
            {
                throw new PyException(PyErrors.TypeError("__getnewargs_ex__ should return a tuple of length 2"));
            }
            args = pair[0];
            kwargs = pair[1];
        }
        else if (PyProtocol.TryGetAttr(self, s_getNewArgsName, out var getNewArgs))
        {
            args = PyCall.Call(getNewArgs) as PyTuple
                ?? throw new PyException(PyErrors.TypeError("__getnewargs__ should return a tuple"));
        }
        var hasArgs = args != null;
        var positional = args as PyTuple ?? PyTuple.Empty;
        object? newObj;
        PyTuple newArgs;
        if (kwargs is PyDict { Count: > 0 } kw)
        {
            newObj = Copyreg("__newobj_ex__");
            newArgs = PyTuple.Create(new object?[] { cls, positional, kw });
        }
        else
        {
            newObj = Copyreg("__newobj__");
            var items = new object?[positional.Count + 1];
            items[0] = cls;
            for (var i = 0; i < positional.Count; i++)
            {
                items[i + 1] = positional[i];
            }
            newArgs = PyTuple.Create(items);
        }
        var isList = self is PyList;
        var isDict = self is PyDict;
        var state = hasArgs || isList || isDict ? PyCall.Call(PyProtocol.GetAttr(self, s_getStateName)) : RequiredState(self);
        var listItems = isList ? PyProtocol.GetIterator(self) : null;
        var dictItems = isDict ? PyProtocol.GetIterator(PyCall.Call(PyProtocol.GetAttr(self, s_itemsName))) : null;
        return PyTuple.Create(new object?[] { newObj, newArgs, state, listItems, dictItems });
    }

    /// <summary>The state of an object rebuilt from its class alone: builtin instances with data of their own
    /// cannot be (CPython's "cannot pickle 'X' object").</summary>
    private static object? RequiredState(object? self)
    {
        var getState = PyProtocol.GetAttr(self, s_getStateName);
        if (getState is PyBoundMethod { Function: var f } && ReferenceEquals(f, PyType.ObjectType.Dict[s_getStateName]))
        {
            return GetState(self, required: true);
        }
        return PyCall.Call(getState);
    }

    /// <summary>object.__getstate__: the instance dict (None when empty), paired with the slot values when any.</summary>
    private static object? GetState(object? self, bool required)
    {
        var cls = PyType.Of(self);
        if (required && !ReferenceEquals(LayoutBuiltin(cls), PyType.ObjectType))
        {
            throw new PyException(PyErrors.TypeError($"cannot pickle '{cls.Name}' object"));
        }
        object? state = self is IHasDict { InstanceDict.Count: > 0 } hd && cls.HasInstanceDict ? hd.InstanceDict : null;
        var slotNames = PyCall.Call(Copyreg("_slotnames"), cls);
        var slots = new PyDict();
        foreach (var name in Builtins.ToArray(slotNames))
        {
            if (name is PyStr n && PyProtocol.TryGetAttr(self, n, out var value))
            {
                slots[n] = value;
            }
        }
        return slots.Count > 0 ? PyTuple.Create(state, slots) : state;
    }

    private static PyType LayoutBuiltin(PyType cls)
    {
        while (cls.IsHeapType && cls.Base != null)
        {
            cls = cls.Base;
        }
        return cls;
    }
}
