using System;
using System.Linq;

namespace PyNet.Runtime;

/// <summary>The members of <c>type</c>, and calling a type (instance creation).</summary>
public static class TypeMembers
{
    private static readonly PyStr s_new = PyStr.Intern("__new__");
    private static readonly PyStr s_init = PyStr.Intern("__init__");
    private static readonly PyStr s_call = PyStr.Intern("__call__");
    private static readonly PyStr s_eq = PyStr.Intern("__eq__");
    private static readonly PyStr s_module = PyStr.Intern("__module__");
    private static readonly PyStr s_name = PyStr.Intern("__name__");
    private static readonly PyStr s_hash = PyStr.Intern("__hash__");
    private static PyBuiltinFunction? s_typeCall;

    internal static void Init(PyType t)
    {
        PyGenericAlias.DefClassGetItem(t);
        t.DefMethod("__or__", (a, b) => PyUnionType.Or(a, b));
        t.DefMethod("__ror__", (a, b) => PyUnionType.Or(b, a));
        t.DefMethodVar("__new__", (args, kw) => NewType(args, kw));
        t.Dict[s_new] = new PyStaticMethod(t.Dict[s_new]);
        s_typeCall = t.DefMethodVar("__call__", (args, kw) => Construct((PyType)args[0]!, args[1..], kw));
        t.DefMethod("__repr__", self => new PyStr(((PyType)self!).ToString()));
        t.DefMethodVar("__init__", (args, kw) =>
        {
            var nPos = args.Length - 1 - (kw?.Length ?? 0);
            if (nPos != 1 && nPos != 3)
            {
                throw new PyException(PyErrors.TypeInitArguments());
            }
            return null;
        });
        t.DefMethod("__or__", (self, other) => PyUnionType.Or(self, other));
        t.DefMethod("__ror__", (self, other) => PyUnionType.Or(other, self));
        PyGenericAlias.DefClassGetItem(t);
        t.DefMethod("mro", self => new PyList(((PyType)self!).Mro.Cast<object?>().ToArray(), ((PyType)self!).Mro.Length));
        t.DefMethod("__subclasses__", self => PyList.FromEnumerable(((PyType)self!).Subclasses()));
        t.DefMethod("__instancecheck__", (self, obj) => PyType.Of(obj).IsSubtypeOf((PyType)self!));
        t.DefMethod("__subclasscheck__", (self, sub) => sub is PyType st && st.IsSubtypeOf((PyType)self!));
        t.DefGetSet("__name__", self => new PyStr(((PyType)self).Name), (self, v) => ((PyType)self).Name = ((PyStr)v!).Value);
        t.DefGetSet("__qualname__", self => new PyStr(((PyType)self).QualName), (self, v) => ((PyType)self).QualName = ((PyStr)v!).Value);
        t.DefGetSet("__module__", self => new PyStr(((PyType)self).ModuleName), (self, v) => ((PyType)self).ModuleName = ((PyStr)v!).Value);
        t.DefGetSet("__bases__", self => PyTuple.Create(((PyType)self).Bases.Cast<object?>().ToArray()), AssignBases);
        t.DefGetSet("__base__", self => ((PyType)self).Bases.FirstOrDefault());
        t.DefGetSet("__mro__", self => PyTuple.Create(((PyType)self).Mro.Cast<object?>().ToArray()));
        t.DefGetSet("__dict__", self => new PyMappingProxy(((PyType)self).Dict));
        t.DefGetSet("__doc__", self => ((PyType)self).Dict.TryGetValue(PyStr.Intern("__doc__"), out var d) ? d : null, SetDoc);
    }

    /// <summary><c>cls.__doc__ = value</c> (a metaclass's __init__ sets it, as ast.py's does): stored in the class's dict.</summary>
    private static void SetDoc(object self, object? value)
    {
        var type = (PyType)self;
        if (!type.IsHeapType)
        {
            throw new PyException(PyErrors.CannotSetAttribute(type, "__doc__"));
        }
        type.Dict[PyStr.Intern("__doc__")] = value;
        type.Invalidate();
    }

    /// <summary><c>cls.__bases__ = value</c>: a non-empty tuple of classes, for a class statement's class.</summary>
    private static void AssignBases(object self, object? value)
    {
        var type = (PyType)self;
        if (!type.IsHeapType)
        {
            throw new PyException(PyErrors.CannotSetAttribute(type, "__bases__"));
        }
        if (value is not PyTuple tuple)
        {
            throw new PyException(PyErrors.BasesNotTuple(type, value));
        }
        if (tuple.Count == 0)
        {
            throw new PyException(PyErrors.BasesEmpty(type));
        }
        var bases = new PyType[tuple.Count];
        for (var i = 0; i < bases.Length; i++)
        {
            bases[i] = tuple[i] as PyType ?? throw new PyException(PyErrors.BasesNotClasses(type, tuple[i]));
        }
        type.AssignBases(bases);
    }

    /// <summary>Calls a type: the metaclass's __call__ if overridden, else __new__ then __init__.</summary>
    public static object? CallType(PyType type, object?[] args, PyStr[]? kwNames)
    {
        var meta = type.Type;
        if (!ReferenceEquals(meta, PyType.TypeType) && meta.IsHeapType)
        {
            var call = meta.Lookup(s_call);
            if (call != null && !ReferenceEquals(call, s_typeCall))
            {
                var withSelf = new object?[args.Length + 1];
                withSelf[0] = type;
                args.CopyTo(withSelf, 1);
                return PyCall.Call(call, withSelf, kwNames);
            }
        }
        return Construct(type, args, kwNames);
    }

    /// <summary>type.__call__: __new__, then __init__ when __new__ returned an instance of the type.</summary>
    public static object? Construct(PyType type, object?[] args, PyStr[]? kwNames)
    {
        if (ReferenceEquals(type, PyType.TypeType) && args.Length == 1 && (kwNames == null || kwNames.Length == 0))
        {
            return PyType.Of(args[0]);
        }
        var newMethod = type.Lookup(s_new);
        var initMethod = type.Lookup(s_init);
        var objectNew = PyType.ObjectType.Dict[s_new];
        var objectInit = PyType.ObjectType.Dict[s_init];
        object? instance;
        if (ReferenceEquals(newMethod, objectNew))
        {
            if (args.Length > 0 && ReferenceEquals(initMethod, objectInit))
            {
                throw new PyException(PyErrors.TakesNoArguments(type));
            }
            var factory = type.InstanceFactory ?? throw new PyException(PyErrors.TypeError($"cannot create '{type.Name}' instances"));
            ObjectMembers.CheckNotAbstract(type);
            instance = factory(type);
        }
        else
        {
            var withType = new object?[args.Length + 1];
            withType[0] = type;
            args.CopyTo(withType, 1);
            var fn = newMethod is PyStaticMethod sm ? sm.Function : newMethod;
            instance = PyCall.Call(fn, withType, kwNames);
        }
        if (!PyType.Of(instance).IsSubtypeOf(type))
        {
            return instance;
        }
        CallInit(type, instance, initMethod, args, kwNames);
        return instance;
    }

    /// <summary>The second half of type.__call__: runs the type's __init__ (unless it is object's) on a new instance.</summary>
    public static void RunInit(PyType type, object? instance, object?[] args, PyStr[]? kwNames) =>
        CallInit(type, instance, type.Lookup(s_init), args, kwNames);

    private static void CallInit(PyType type, object? instance, object? initMethod, object?[] args, PyStr[]? kwNames)
    {
        if (initMethod == null || ReferenceEquals(initMethod, PyType.ObjectType.Dict[s_init]))
        {
            return;
        }
        var withSelf = new object?[args.Length + 1];
        withSelf[0] = instance;
        args.CopyTo(withSelf, 1);
        var r = initMethod is PyFunction || initMethod is PyBuiltinFunction
            ? PyCall.Call(initMethod, withSelf, kwNames)
            : PyCall.Call(PyProtocol.DescriptorGet(initMethod, instance, type, true), args, kwNames);
        if (r != null)
        {
            throw new PyException(PyErrors.InitReturnedValue(r));
        }
    }

    /// <summary>type(name, bases, dict) and metaclass __new__ calls.</summary>
    private static object NewType(object?[] args, PyStr[]? kwNames)
    {
        var nKw = kwNames?.Length ?? 0;
        var nPos = args.Length - nKw;
        if (nPos == 2 && ReferenceEquals(args[0], PyType.TypeType))
        {
            return PyType.Of(args[1]);
        }
        if (nPos != 4)
        {
            throw new PyException(PyErrors.TypeError("type() takes 1 or 3 arguments"));
        }
        var meta = (PyType)args[0]!;
        var name = args[1] as PyStr ?? throw new PyException(PyErrors.ArgumentMustBe("type.__new__", 1, "str", args[1]));
        var bases = args[2] as PyTuple ?? throw new PyException(PyErrors.ArgumentMustBe("type.__new__", 2, "tuple", args[2]));
        var ns = args[3] as PyDict ?? throw new PyException(PyErrors.ArgumentMustBe("type.__new__", 3, "dict", args[3]));
        var baseTypes = new PyType[bases.Count];
        for (var i = 0; i < bases.Count; i++)
        {
            baseTypes[i] = bases[i] as PyType ?? throw new PyException(PyErrors.TypeError("bases must be types"));
            if (!baseTypes[i].IsBaseType)
            {
                throw new PyException(PyErrors.TypeError($"type '{baseTypes[i].Name}' is not an acceptable base type"));
            }
        }
        // CPython's type_new: the most derived metaclass of the bases builds the class when it has its own __new__
        // (type('E', (SomeEnum,), body) makes an EnumType class).
        var winner = ClassBuilder.CalculateMetaclass(meta, baseTypes);
        if (!ReferenceEquals(winner, meta))
        {
            var winnerNew = winner.Lookup(s_new);
            if (!ReferenceEquals(winnerNew, PyType.TypeType.Dict[s_new]))
            {
                var forwarded = (object?[])args.Clone();
                forwarded[0] = winner;
                return PyCall.Call(PyProtocol.DescriptorGet(winnerNew, null, winner, hasInstance: false), forwarded, kwNames)!;
            }
            meta = winner;
        }
        var dict = ns.Copy();
        if (!dict.ContainsKey(s_module) && Builtins.CurrentGlobals?.Invoke() is { } globals && globals.TryGetValue(s_name, out var moduleName))
        {
            // CPython takes the module of a class made by type() from the calling frame's globals.
            dict[s_module] = moduleName;
        }
        if (dict.ContainsKey(s_eq) && !dict.ContainsKey(s_hash))
        {
            // A class that defines __eq__ without __hash__ makes its instances unhashable.
            dict[s_hash] = null;
        }
        var type = new PyType(meta, name.Value, baseTypes, dict);
        if (dict.TryGetValue(PyStr.Intern("__qualname__"), out var qn) && qn is PyStr qs)
        {
            type.QualName = qs.Value;
            dict.Remove(PyStr.Intern("__qualname__"));
        }
        foreach (var item in dict.Items().ToList())
        {
            if (item.Value is PyFunction f && ((PyStr)item.Key!).Value is "__init_subclass__" or "__class_getitem__")
            {
                dict[item.Key] = new PyClassMethod(f);
            }
            else if (item.Value is PyFunction nf && ((PyStr)item.Key!).Value == "__new__")
            {
                dict[item.Key] = new PyStaticMethod(nf);
            }
        }
        foreach (var item in dict.Items().ToList())
        {
            if (item.Value != null && PyType.Of(item.Value).Lookup(PyStr.Intern("__set_name__")) is { } setName)
            {
                PyProtocol.CallBound(setName, item.Value, type, item.Key);
            }
            if (item.Value is PyProperty p && p.Name == null)
            {
                p.Name = ((PyStr)item.Key!).Value;
            }
        }
        var parent = type.Mro.Length > 1 ? type.Mro[1] : PyType.ObjectType;
        if (PyProtocol.TryGetTypeAttrFrom(parent, type, PyStr.Intern("__init_subclass__"), out var initSubclass))
        {
            var kwArgs = new object?[nKw];
            Array.Copy(args, nPos, kwArgs, 0, nKw);
            PyCall.Call(initSubclass, kwArgs, kwNames);
        }
        return type;
    }
}
