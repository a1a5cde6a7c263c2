using System.Collections.Generic;

namespace PyNet.Runtime;

/// <summary>
/// <c>types.UnionType</c>: <c>int | str</c>. Its arguments are flattened and deduplicated (None becomes NoneType);
/// isinstance and issubclass accept it and test each argument.
/// </summary>
public sealed class PyUnionType : PyObject
{
    public static readonly PyType UnionTypeType = new("UnionType", PyType.ObjectType, Init, module: "types", isBaseType: false);

    private PyUnionType(PyTuple args)
    {
        Args = args;
    }

    public PyTuple Args { get; }

    public override PyType Type => UnionTypeType;

    /// <summary><c>a | b</c> for classes, None, aliases and unions; NotImplemented for anything else.</summary>
    public static object? Or(object? a, object? b)
    {
        if (!IsUnionable(a) || !IsUnionable(b))
        {
            return PyNotImplemented.Instance;
        }
        var args = new List<object?>();
        Add(args, a);
        Add(args, b);
        return args.Count == 1 ? args[0] : new PyUnionType(PyTuple.Create(args.ToArray()));
    }

    private static bool IsUnionable(object? o) =>
        o is null or PyType or PyGenericAlias or PyUnionType || PyType.Of(o).Name is "TypeVar" or "ParamSpec" or "TypeVarTuple";

    private static void Add(List<object?> args, object? o)
    {
        if (o is PyUnionType u)
        {
            foreach (var a in u.Args.Items)
            {
                Add(args, a);
            }
            return;
        }
        o ??= PyType.NoneType;
        foreach (var existing in args)
        {
            if (ReferenceEquals(existing, o) || (o is PyGenericAlias && PyProtocol.Eq(existing, o)))
            {
                return;
            }
        }
        args.Add(o);
    }

    private static string ReprItem(object? p) =>
        ReferenceEquals(p, PyType.NoneType) ? "None" : PyGenericAlias.ReprItem(p);

    private bool Check(object? obj, bool subclass)
    {
        foreach (var a in Args.Items)
        {
            if (a is PyGenericAlias)
            {
                throw new PyException(PyErrors.ParameterizedGeneric(subclass ? "issubclass" : "isinstance"));
            }
        }
        foreach (var a in Args.Items)
        {
            if (subclass ? Builtins.IsSubclass(obj, a) : Builtins.IsInstance(obj, a))
            {
                return true;
            }
        }
        return false;
    }

    private static bool SameArgs(PyUnionType a, PyUnionType b)
    {
        if (a.Args.Count != b.Args.Count)
        {
            return false;
        }
        foreach (var x in a.Args.Items)
        {
            var found = false;
            foreach (var y in b.Args.Items)
            {
                found |= PyProtocol.Eq(x, y);
            }
            if (!found)
            {
                return false;
            }
        }
        return true;
    }

    private static void Init(PyType t)
    {
        t.DefMethod("__repr__", self => new PyStr(string.Join(" | ", System.Linq.Enumerable.Select(((PyUnionType)self!).Args.UnsafeArray, ReprItem))));
        t.DefMethod("__or__", (self, other) => Or(self, other));
        t.DefMethod("__ror__", (self, other) => Or(other, self));
        t.DefMethod("__eq__", (self, other) => other is PyUnionType o ? SameArgs((PyUnionType)self!, o) : PyNotImplemented.Instance);
        t.DefMethod("__hash__", self =>
        {
            long h = 0x345678;
            foreach (var a in ((PyUnionType)self!).Args.Items)
            {
                h ^= PyProtocol.Hash(a);
            }
            return PyInt.Box(h == -1 ? -2 : h);
        });
        t.DefMethod("__instancecheck__", (self, obj) => ((PyUnionType)self!).Check(obj, false));
        t.DefMethod("__subclasscheck__", (self, obj) => ((PyUnionType)self!).Check(obj, true));
        t.DefGetSet("__args__", self => ((PyUnionType)self).Args);
        t.DefGetSet("__parameters__", self => PyTuple.Empty);
    }
}
