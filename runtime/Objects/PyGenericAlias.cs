using System.Collections.Generic;
using System.Text;

namespace PyNet.Runtime;

/// <summary>
/// <c>types.GenericAlias</c>: what subscripting a builtin generic class makes (<c>list[int]</c>). It remembers the
/// class (<c>__origin__</c>) and the arguments, prints as written, creates instances of the origin when called and
/// forwards other attributes to it. isinstance and issubclass refuse it, as in CPython.
/// </summary>
public sealed class PyGenericAlias : PyObject
{
    public static readonly PyType GenericAliasType = new("GenericAlias", PyType.ObjectType, Init, module: "types");

    private static readonly PyStr s_origin = PyStr.Intern("__origin__");
    private static readonly PyStr s_args = PyStr.Intern("__args__");
    private static readonly PyStr s_qualname = PyStr.Intern("__qualname__");
    private static readonly PyStr s_module = PyStr.Intern("__module__");
    private static readonly PyStr s_parameters = PyStr.Intern("__parameters__");
    private static readonly PyStr s_origClass = PyStr.Intern("__orig_class__");

    public PyGenericAlias(object? origin, object? args)
    {
        Origin = origin;
        Args = args as PyTuple ?? PyTuple.Create(args);
    }

    public object? Origin { get; }

    public PyTuple Args { get; }

    public override PyType Type => GenericAliasType;

    /// <summary>Adds <c>__class_getitem__</c> (making a GenericAlias) to a builtin generic class.</summary>
    public static void DefClassGetItem(PyType t) =>
        t.DefClassMethod("__class_getitem__", (args, kw) => new PyGenericAlias(args[0], args[1]));

    /// <summary>The attribute names a GenericAlias answers itself; everything else is read from the origin.</summary>
    private static readonly HashSet<string> s_own = new()
    {
        "__origin__", "__args__", "__parameters__", "__class__", "__mro_entries__", "__reduce__", "__reduce_ex__",
        "__copy__", "__deepcopy__", "__unpacked__", "__typing_unpacked_tuple_args__", "__repr__", "__call__", "__or__",
        "__ror__", "__eq__", "__ne__", "__hash__", "__getitem__", "__instancecheck__", "__subclasscheck__", "__dir__",
        "__getattribute__",
    };

    /// <summary>Attribute lookup: own members, else the origin's attribute (CPython's ga_getattro).</summary>
    public bool TryGetAttr(PyStr name, out object? value)
    {
        if (!s_own.Contains(name.Value) && PyProtocol.TryGetAttrCore(Origin, name, out value))
        {
            return true;
        }
        return PyProtocol.GenericGetAttr(this, GenericAliasType, name, out value);
    }

    /// <summary>One argument as CPython's ga_repr shows it: <c>...</c>, nested aliases by repr, classes by qualified name.</summary>
    public static string ReprItem(object? p)
    {
        if (p is PyEllipsis)
        {
            return "...";
        }
        if (PyProtocol.TryGetAttr(p, s_origin, out _) && PyProtocol.TryGetAttr(p, s_args, out _))
        {
            return PyProtocol.Repr(p);
        }
        if (!PyProtocol.TryGetAttr(p, s_qualname, out var qualname) || !PyProtocol.TryGetAttr(p, s_module, out var module))
        {
            return PyProtocol.Repr(p);
        }
        if (module is PyStr { Value: "builtins" })
        {
            return PyProtocol.Str(qualname).Value;
        }
        return PyProtocol.Str(module).Value + "." + PyProtocol.Str(qualname).Value;
    }

    private string Repr()
    {
        var sb = new StringBuilder(ReprItem(Origin)).Append('[');
        if (Args.Count == 0)
        {
            sb.Append("()");
        }
        for (var i = 0; i < Args.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            if (Args[i] is PyList list)
            {
                sb.Append('[');
                for (var j = 0; j < list.Count; j++)
                {
                    sb.Append(j > 0 ? ", " : string.Empty).Append(ReprItem(list[j]));
                }
                sb.Append(']');
            }
            else
            {
                sb.Append(ReprItem(Args[i]));
            }
        }
        return sb.Append(']').ToString();
    }

    /// <summary>The type variables among the arguments (anything with <c>__typing_subst__</c>), and those of nested aliases.</summary>
    private PyTuple Parameters()
    {
        var result = new List<object?>();
        foreach (var a in Args.Items)
        {
            if (a is PyType)
            {
                continue;
            }
            if (PyType.Of(a).Lookup(PyStr.Intern("__typing_subst__")) != null)
            {
                if (!result.Contains(a))
                {
                    result.Add(a);
                }
            }
            else if (PyProtocol.TryGetAttr(a, s_parameters, out var nested) && nested is PyTuple nt)
            {
                foreach (var p in nt.Items)
                {
                    if (!result.Contains(p))
                    {
                        result.Add(p);
                    }
                }
            }
        }
        return PyTuple.Create(result.ToArray());
    }

    private static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) => args.Length == 3
            ? new PyGenericAlias(args[1], args[2])
            : throw new PyException(PyErrors.TakesExactlyArguments("GenericAlias", 2, args.Length - 1)));
        t.DefMethod("__repr__", self => new PyStr(((PyGenericAlias)self!).Repr()));
        t.DefMethodVar("__call__", (args, kw) =>
        {
            var ga = (PyGenericAlias)args[0]!;
            var result = PyCall.Call(ga.Origin, args[1..], kw);
            try
            {
                PyProtocol.SetAttr(result, s_origClass, ga);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.AttributeError) || e.Value.Type.IsSubtypeOf(PyExc.TypeError))
            {
                // Instances without a __dict__ simply do not record their alias, as in CPython.
            }
            return result;
        });
        t.DefMethod("__mro_entries__", (self, bases) => PyTuple.Create(((PyGenericAlias)self!).Origin));
        t.DefMethod("__eq__", (self, other) => other is PyGenericAlias o
            ? PyProtocol.Eq(((PyGenericAlias)self!).Origin, o.Origin) && PyProtocol.Eq(((PyGenericAlias)self!).Args, o.Args)
            : PyNotImplemented.Instance);
        t.DefMethod("__hash__", self => PyInt.Box(PyProtocol.Hash(((PyGenericAlias)self!).Origin) ^ PyProtocol.Hash(((PyGenericAlias)self!).Args)));
        t.DefMethod("__or__", (self, other) => PyUnionType.Or(self, other));
        t.DefMethod("__ror__", (self, other) => PyUnionType.Or(other, self));
        t.DefMethod("__instancecheck__", (self, obj) => throw new PyException(PyErrors.ParameterizedGeneric("isinstance")));
        t.DefMethod("__subclasscheck__", (self, obj) => throw new PyException(PyErrors.ParameterizedGeneric("issubclass")));
        t.DefMethod("__reduce__", self => PyTuple.Create(GenericAliasType, PyTuple.Create(((PyGenericAlias)self!).Origin, ((PyGenericAlias)self!).Args)));
        t.DefGetSet("__origin__", self => ((PyGenericAlias)self).Origin);
        t.DefGetSet("__args__", self => ((PyGenericAlias)self).Args);
        t.DefGetSet("__parameters__", self => ((PyGenericAlias)self).Parameters());
        t.DefGetSet("__unpacked__", self => false);
    }
}
