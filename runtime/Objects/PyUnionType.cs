using System.Collections.Generic;
using System.Linq;

namespace PyNet.Runtime;

/// <summary><c>types.UnionType</c>: what <c>int | str</c> returns (PEP 604); usable with isinstance and issubclass.</summary>
public sealed class PyUnionType : PyObject
{
    public static readonly PyType UnionTypeType = new("UnionType", PyType.ObjectType, Init, "types", isBaseType: false);

    private PyUnionType(PyTuple args)
    {
        Args = args;
    }

    public PyTuple Args { get; }

    public override PyType Type => UnionTypeType;

    /// <summary>Gives a type <c>__or__</c>/<c>__ror__</c> that build unions.</summary>
    public static void DefineOr(PyType t)
    {
        t.DefMethod("__or__", (a, b) => Union(a, b));
        t.DefMethod("__ror__", (a, b) => Union(b, a));
    }

    private static bool IsUnionable(object? o) => o is null or PyType or PyGenericAlias or PyUnionType;

    /// <summary><c>a | b</c> for types: flattened, without duplicates; NotImplemented for other operands.</summary>
    public static object Union(object? a, object? b)
    {
        if (!IsUnionable(a) || !IsUnionable(b))
        {
            return PyNotImplemented.Instance;
        }
        var items = new List<object?>();
        foreach (var part in Flatten(a).Concat(Flatten(b)))
        {
            var item = part ?? PyType.NoneType;
            if (!items.Any(x => PyProtocol.Eq(x, item)))
            {
                items.Add(item);
            }
        }
        return items.Count == 1 ? items[0]! : new PyUnionType(PyTuple.Create(items.ToArray()));
    }

    private static IEnumerable<object?> Flatten(object? o) => o is PyUnionType u ? u.Args.Items.ToArray() : new[] { o };

    private static string ReprItem(object? o) => o switch
    {
        PyType t when ReferenceEquals(t, PyType.NoneType) => "None",
        PyType t => t.ModuleName == "builtins" ? t.QualName : t.ModuleName + "." + t.QualName,
        _ => PyProtocol.Repr(o),
    };

    private static void Init(PyType t)
    {
        DefineOr(t);
        t.DefGetSet("__args__", self => ((PyUnionType)self).Args);
        t.DefGetSet("__parameters__", self => PyTuple.Empty);
        t.DefMethod("__repr__", self => new PyStr(string.Join(" | ", ((PyUnionType)self!).Args.Items.ToArray().Select(ReprItem))));
        t.DefMethod("__eq__", (a, b) => b is PyUnionType ub
            ? ((PyUnionType)a!).Args.Items.ToArray().ToHashSet().SetEquals(ub.Args.Items.ToArray())
            : PyNotImplemented.Instance);
        t.DefMethod("__hash__", self => PyInt.Box(((PyUnionType)self!).Args.Items.ToArray().Aggregate(0L, (h, x) => h ^ PyProtocol.Hash(x))));
        t.DefMethod("__instancecheck__", (self, o) => ((PyUnionType)self!).Args.Items.ToArray().Any(c => Builtins.IsInstance(o, c)));
        t.DefMethod("__subclasscheck__", (self, o) => ((PyUnionType)self!).Args.Items.ToArray().Any(c => Builtins.IsSubclass(o, c)));
    }
}
