using System;
using System.Linq;
using System.Runtime.CompilerServices;

namespace PyNet.Runtime;

/// <summary>The members of <c>object</c>.</summary>
public static partial class ObjectMembers
{
    public static PyBuiltinFunction? GetAttributeFunction { get; private set; }

    public static PyBuiltinFunction? SetAttrFunction { get; private set; }

    public static PyBuiltinFunction? DelAttrFunction { get; private set; }

    public static PyBuiltinFunction? HashFunction { get; private set; }

    public static PyBuiltinFunction? StrFunction { get; private set; }

    internal static void Init(PyType t)
    {
        t.DefMethodVar("__new__", (args, kw) => New(args));
        t.Dict[PyStr.Intern("__new__")] = new PyStaticMethod(t.Dict[PyStr.Intern("__new__")]);
        t.DefMethodVar("__init__", (args, kw) => Init(args));
        t.DefMethod("__repr__", self => new PyStr(DefaultRepr(self!)));
        StrFunction = t.DefMethod("__str__", self => new PyStr(PyProtocol.Repr(self)));
        HashFunction = t.DefMethod("__hash__", self => PyInt.Box(IdentityHash(self!)));
        t.DefMethod("__eq__", (self, other) => ReferenceEquals(self, other) ? true : PyNotImplemented.Instance);
        t.DefMethod("__ne__", (self, other) =>
        {
            var eq = PyProtocol.RichCompare(self, other, CompareOperator.Eq);
            return ReferenceEquals(eq, PyNotImplemented.Instance) ? eq : !PyProtocol.IsTrue(eq);
        });
        GetAttributeFunction = t.DefMethod("__getattribute__", (self, name) =>
            PyProtocol.GenericGetAttr(self, PyType.Of(self), Builtins.AttrName(name), out var v) ? v : throw new PyException(PyErrors.NoAttribute(self, Builtins.AttrName(name).Value)));
        SetAttrFunction = t.DefMethod("__setattr__", (self, name, value) =>
        {
            PyProtocol.GenericSetAttr(self, PyType.Of(self), Builtins.AttrName(name), value);
            return null;
        });
        DelAttrFunction = t.DefMethod("__delattr__", (self, name) =>
        {
            PyProtocol.GenericDelAttr(self, PyType.Of(self), Builtins.AttrName(name));
            return null;
        });
        t.DefMethod("__format__", (self, spec) => PyProtocol.Format(self, (PyStr)spec!));
        t.DefGetSet("__class__", self => PyType.Of(self), SetClass);
        t.DefGetSet("__dict__", self => self is IHasDict hd && PyType.Of(self).HasInstanceDict ? hd.GetOrCreateDict() : throw new PyException(PyErrors.NoAttribute(self, "__dict__")), SetDict);
        t.DefClassMethod("__init_subclass__", (args, kw) => null);
        t.DefClassMethod("__subclasshook__", (args, kw) => PyNotImplemented.Instance);
        DefineReduce(t);
        t.DefValue("__doc__", new PyStr("The base class of the class hierarchy."));
    }

    private static readonly PyStr s_newName = PyStr.Intern("__new__");
    private static readonly PyStr s_initName = PyStr.Intern("__init__");

    private static object New(object?[] args)
    {
        if (args.Length == 0 || args[0] is not PyType cls)
        {
            throw new PyException(PyErrors.TypeError("object.__new__(X): X is not a type object"));
        }
        if (args.Length > 1)
        {
            // CPython's object_new: extra arguments are an error unless __init__ is overridden and __new__ is not.
            var objectType = PyType.ObjectType;
            if (!ReferenceEquals(cls.Lookup(s_newName), objectType.Dict[s_newName]))
            {
                throw new PyException(PyErrors.ObjectNewTakesOneArgument());
            }
            if (ReferenceEquals(cls.Lookup(s_initName), objectType.Dict[s_initName]))
            {
                throw new PyException(PyErrors.TakesNoArguments(cls));
            }
        }
        var factory = cls.InstanceFactory ?? throw new PyException(PyErrors.TypeError($"cannot create '{cls.Name}' instances"));
        CheckNotAbstract(cls);
        return factory(cls);
    }

    /// <summary>Whether a class has abstract methods left (a non-empty <c>__abstractmethods__</c> of its own).</summary>
    internal static bool IsAbstract(PyType cls) =>
        cls.IsHeapType && cls.Dict.TryGetValue(s_abstractMethods, out var abstracts) && abstracts != null && PyProtocol.IsTrue(abstracts);

    /// <summary>object.__new__'s refusal to instantiate an abstract class (every path that creates a plain instance).</summary>
    internal static void CheckNotAbstract(PyType cls)
    {
        if (IsAbstract(cls))
        {
            var names = Builtins.ToArray(cls.Dict[s_abstractMethods]).Select(n => PyProtocol.Str(n).Value).Order(StringComparer.Ordinal).ToList();
            throw new PyException(PyErrors.AbstractInstantiation(cls.Name, names));
        }
    }

    private static readonly PyStr s_abstractMethods = PyStr.Intern("__abstractmethods__");

    /// <summary>object.__init__: extra arguments are an error unless __new__ is overridden and __init__ is not.</summary>
    private static object? Init(object?[] args)
    {
        if (args.Length > 1)
        {
            var type = PyType.Of(args[0]);
            var objectType = PyType.ObjectType;
            if (!ReferenceEquals(type.Lookup(s_initName), objectType.Dict[s_initName]))
            {
                throw new PyException(PyErrors.ObjectInitTakesOneArgument());
            }
            if (ReferenceEquals(type.Lookup(s_newName), objectType.Dict[s_newName]))
            {
                throw new PyException(PyErrors.InitTakesOneArgument(type));
            }
        }
        return null;
    }

    /// <summary><c>obj.__class__ = cls</c>: allowed between heap types with the same instance layout.</summary>
    /// <summary>
    /// <c>obj.__dict__ = d</c> on an instance of a class statement's class: the instance's attributes become
    /// <paramref name="value"/> itself (deleting gives the instance a fresh, empty dict, as in CPython).
    /// </summary>
    private static void SetDict(object self, object? value)
    {
        if (self is not PyInstance instance || !instance.Type.HasInstanceDict)
        {
            throw new PyException(PyErrors.ReadOnlyAttribute(self, "__dict__"));
        }
        instance.InstanceDict = ReferenceEquals(value, PyOps.Unbound) ? null
            : value as PyDict ?? throw new PyException(PyErrors.DictMustBeSetToDict(value));
    }

    private static void SetClass(object self, object? value)
    {
        if (value is not PyType to)
        {
            throw new PyException(PyErrors.ClassMustBeSetToClass(value));
        }
        var from = PyType.Of(self);
        if (self is not ITypeAssignable assignable || !from.IsHeapType || !to.IsHeapType)
        {
            throw new PyException(PyErrors.ClassAssignmentOnlyMutable());
        }
        if (!from.HasSameLayout(to))
        {
            throw new PyException(PyErrors.ClassAssignmentLayoutDiffers(from, to));
        }
        assignable.SetType(to);
    }

    public static string DefaultRepr(object o)
    {
        var t = PyType.Of(o);
        return $"<{t.FullName} object at 0x{IdentityHash(o) << 4:x12}>";
    }

    public static long IdentityHash(object o) => RuntimeHelpers.GetHashCode(o);
}
