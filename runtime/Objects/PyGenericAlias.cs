using System.Linq;

namespace PyNet.Runtime;

/// <summary>
/// <c>types.GenericAlias</c>: what <c>list[int]</c> and the <c>__class_getitem__</c> of collections.abc classes
/// return (PEP 585): the origin class and the argument tuple, shown as <c>list[int]</c>, callable as the origin.
/// </summary>
public sealed class PyGenericAlias : PyObject
{
    public static readonly PyType GenericAliasType = new("GenericAlias", PyType.ObjectType, Init, "types");

    private static readonly PyStr s_typingSubst = PyStr.Intern("__typing_subst__");
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

    /// <summary>The <c>__class_getitem__</c> of the builtin containers: <c>cls[item]</c> as a GenericAlias.</summary>
    public static void DefineClassGetItem(PyType t) =>
        t.DefClassMethod("__class_getitem__", (args, kw) => new PyGenericAlias(args[0], args[1]));

    private PyTuple Parameters()
    {
        var found = new System.Collections.Generic.List<object?>();
        foreach (var a in Args.Items)
        {
            if (a is PyType)
            {
                continue;
            }
            if (PyType.Of(a).Lookup(s_typingSubst) != null)
            {
                if (!found.Any(f => ReferenceEquals(f, a)))
                {
                    found.Add(a);
                }
            }
            else if (PyProtocol.TryGetAttr(a, s_parameters, out var ps) && ps is PyTuple tuple)
            {
                foreach (var p in tuple.Items)
                {
                    if (!found.Any(f => ReferenceEquals(f, p)))
                    {
                        found.Add(p);
                    }
                }
            }
        }
        return PyTuple.Create(found.ToArray());
    }

    private static string ReprItem(object? o)
    {
        if (o is PyEllipsis)
        {
            return "...";
        }
        if (o is PyType t && o is not PyGenericAlias)
        {
            return t.ModuleName == "builtins" ? t.QualName : t.ModuleName + "." + t.QualName;
        }
        return PyProtocol.Repr(o);
    }

    private string Repr()
    {
        var args = Args.Count == 0 ? "()" : string.Join(", ", Args.Items.ToArray().Select(ReprItem));
        return $"{ReprItem(Origin)}[{args}]";
    }

    private static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) =>
        {
            Builtins.NoKeywords("GenericAlias", kw);
            if (args.Length != 3)
            {
                throw new PyException(PyErrors.ArgumentCountRange("GenericAlias", 2, 2, args.Length - 1));
            }
            return new PyGenericAlias(args[1], args[2]);
        });
        PyUnionType.DefineOr(t);
        t.DefGetSet("__origin__", self => ((PyGenericAlias)self).Origin);
        t.DefGetSet("__args__", self => ((PyGenericAlias)self).Args);
        t.DefGetSet("__parameters__", self => ((PyGenericAlias)self).Parameters());
        t.DefGetSet("__unpacked__", self => false);
        t.DefGetSet("__name__", self => PyProtocol.GetAttr(((PyGenericAlias)self).Origin, PyStr.Intern("__name__")));
        t.DefGetSet("__qualname__", self => PyProtocol.GetAttr(((PyGenericAlias)self).Origin, PyStr.Intern("__qualname__")));
        t.DefGetSet("__module__", self => PyProtocol.GetAttr(((PyGenericAlias)self).Origin, PyStr.Intern("__module__")));
        t.DefMethod("__repr__", self => new PyStr(((PyGenericAlias)self!).Repr()));
        t.DefMethodVar("__call__", (args, kw) =>
        {
            var alias = (PyGenericAlias)args[0]!;
            var result = PyCall.Call(alias.Origin, args[1..], kw);
            try
            {
                PyProtocol.SetAttr(result, s_origClass, alias);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.AttributeError) || e.Value.Type.IsSubtypeOf(PyExc.TypeError))
            {
            }
            return result;
        });
        t.DefMethod("__mro_entries__", (self, bases) => PyTuple.Create(((PyGenericAlias)self!).Origin));
        t.DefMethod("__eq__", (a, b) => b is PyGenericAlias gb
            ? PyProtocol.Eq(((PyGenericAlias)a!).Origin, gb.Origin) && PyProtocol.Eq(((PyGenericAlias)a!).Args, gb.Args)
            : PyNotImplemented.Instance);
        t.DefMethod("__hash__", self => PyInt.Box(PyProtocol.Hash(((PyGenericAlias)self!).Origin) ^ PyProtocol.Hash(((PyGenericAlias)self!).Args)));
        t.DefMethod("__instancecheck__", (self, o) => throw new PyException(PyErrors.TypeError("isinstance() argument 2 cannot be a parameterized generic")));
        t.DefMethod("__subclasscheck__", (self, o) => throw new PyException(PyErrors.TypeError("issubclass() argument 2 cannot be a parameterized generic")));
        t.DefMethod("__reduce__", self => PyTuple.Create(new object?[] { GenericAliasType, PyTuple.Create(((PyGenericAlias)self!).Origin, ((PyGenericAlias)self!).Args) }));
    }
}
