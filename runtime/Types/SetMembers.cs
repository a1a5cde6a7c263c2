using System;
using System.Text;

namespace PyNet.Runtime;

/// <summary>The members of <c>set</c> and <c>frozenset</c>, and the set operators the protocols dispatch to.</summary>
public static class SetMembers
{
    internal static void InitSet(PyType t)
    {
        PyGenericAlias.DefClassGetItem(t);
        t.InstanceFactory = static type => type.IsHeapType ? new PySetWithDict(type) : new PySet(type);
        t.DefStatic("__new__", (args, kw) =>
        {
            var type = (PyType)args[0]!;
            if (ReferenceEquals(type, PyType.SetType) && kw is { Length: > 0 })
            {
                throw new PyException(PyErrors.NoKeywordArguments("set"));
            }
            return type.InstanceFactory!(type);
        });
        t.DefMethodVar("__init__", (args, kw) =>
        {
            var self = Self(args, "__init__", PyType.SetType);
            if (kw is { Length: > 0 })
            {
                throw new PyException(PyErrors.NoKeywordArguments("set"));
            }
            if (args.Length > 2)
            {
                throw new PyException(PyErrors.ExpectedAtMost(self.Type.Name, 1, args.Length - 1));
            }
            if (self.Count > 0)
            {
                self.Clear();
            }
            if (args.Length == 2)
            {
                self.UpdateFrom(args[1]);
            }
            return null;
        });
        DefCommon(t, PyType.SetType);
        t.DefValue("__hash__", null);
        t.DefMethod("add", (self, x) =>
        {
            Mutable(self, "add").Add(x);
            return null;
        });
        t.DefMethod("discard", (self, x) =>
        {
            DiscardKey(Mutable(self, "discard"), x);
            return null;
        });
        t.DefMethod("remove", (self, x) =>
        {
            if (!DiscardKey(Mutable(self, "remove"), x))
            {
                throw new PyException(PyErrors.KeyError(x));
            }
            return null;
        });
        t.DefMethod("pop", self => Mutable(self, "pop").TryPop(out var k) ? k : throw new PyException(PyErrors.PopFromEmptySet()));
        t.DefMethod("clear", self =>
        {
            Mutable(self, "clear").Clear();
            return null;
        });
        t.DefMethod("copy", self => Mutable(self, "copy").Copy());
        t.DefMethodVar("update", (args, kw) =>
        {
            var self = Self(args, "update", PyType.SetType);
            NoKeywords("set.update", kw);
            for (var i = 1; i < args.Length; i++)
            {
                self.UpdateFrom(args[i]);
            }
            return null;
        });
        t.DefMethodVar("intersection_update", (args, kw) =>
        {
            var self = Self(args, "intersection_update", PyType.SetType);
            NoKeywords("set.intersection_update", kw);
            if (args.Length == 2)
            {
                self.IntersectionUpdate(args[1]);
            }
            else if (args.Length > 2)
            {
                self.SwapBodies(IntersectionMulti(self, args));
            }
            return null;
        });
        t.DefMethodVar("difference_update", (args, kw) =>
        {
            var self = Self(args, "difference_update", PyType.SetType);
            NoKeywords("set.difference_update", kw);
            for (var i = 1; i < args.Length; i++)
            {
                self.DifferenceUpdate(args[i]);
            }
            return null;
        });
        t.DefMethod("symmetric_difference_update", (self, other) =>
        {
            Mutable(self, "symmetric_difference_update").SymmetricDifferenceUpdate(other);
            return null;
        });
        DefInPlace(t, "__ior__", BinaryOperator.BitOr);
        DefInPlace(t, "__iand__", BinaryOperator.BitAnd);
        DefInPlace(t, "__isub__", BinaryOperator.Sub);
        DefInPlace(t, "__ixor__", BinaryOperator.BitXor);
    }

    internal static void InitFrozenSet(PyType t)
    {
        PyGenericAlias.DefClassGetItem(t);
        t.InstanceFactory = static type => type.IsHeapType ? new PySetWithDict(type) : new PySet(type);
        t.DefStatic("__new__", (args, kw) =>
        {
            var type = (PyType)args[0]!;
            if (ReferenceEquals(type, PyType.FrozenSetType) && kw is { Length: > 0 })
            {
                throw new PyException(PyErrors.NoKeywordArguments("frozenset"));
            }
            if (args.Length > 2)
            {
                throw new PyException(PyErrors.ExpectedAtMost(type.Name, 1, args.Length - 1));
            }
            var iterable = args.Length == 2 ? args[1] : null;
            if (ReferenceEquals(type, PyType.FrozenSetType) && iterable is PySet { IsFrozen: true } f && ReferenceEquals(f.Type, PyType.FrozenSetType))
            {
                return f;
            }
            return PySet.Create(type, iterable);
        });
        DefCommon(t, PyType.FrozenSetType);
        t.DefMethod("__hash__", self => PyInt.Box(Frozen(self, "__hash__").FrozenHash()));
        t.DefMethod("copy", self =>
        {
            var s = Frozen(self, "copy");
            return ReferenceEquals(s.Type, PyType.FrozenSetType) ? s : s.Copy();
        });
    }

    /// <summary>The members set and frozenset share.</summary>
    private static void DefCommon(PyType t, PyType owner)
    {
        var name = owner.Name;
        t.DefMethod("__repr__", self => new PyStr(Repr(Any(self, "__repr__", owner))));
        t.DefMethod("__len__", self => PyInt.Box(Any(self, "__len__", owner).Count));
        t.DefMethod("__contains__", (self, x) => Any(self, "__contains__", owner).ContainsKey(x));
        t.DefMethod("__iter__", self => new PySetIterator(Any(self, "__iter__", owner)));
        t.DefMethodVar("union", (args, kw) =>
        {
            var self = Self(args, "union", owner);
            NoKeywords(name + ".union", kw);
            var result = self.Copy();
            for (var i = 1; i < args.Length; i++)
            {
                if (!ReferenceEquals(args[i], self))
                {
                    result.UpdateFrom(args[i]);
                }
            }
            return result;
        });
        t.DefMethodVar("intersection", (args, kw) =>
        {
            var self = Self(args, "intersection", owner);
            NoKeywords(name + ".intersection", kw);
            return IntersectionMulti(self, args);
        });
        t.DefMethodVar("difference", (args, kw) =>
        {
            var self = Self(args, "difference", owner);
            NoKeywords(name + ".difference", kw);
            if (args.Length == 1)
            {
                return self.Copy();
            }
            var result = self.Difference(args[1]);
            for (var i = 2; i < args.Length; i++)
            {
                result.DifferenceUpdate(args[i]);
            }
            return result;
        });
        t.DefMethod("symmetric_difference", (self, other) => Any(self, "symmetric_difference", owner).SymmetricDifference(other));
        t.DefMethod("issubset", (self, other) => Any(self, "issubset", owner).IsSubsetOf(other));
        t.DefMethod("issuperset", (self, other) => Any(self, "issuperset", owner).IsSupersetOf(other));
        t.DefMethod("isdisjoint", (self, other) => Any(self, "isdisjoint", owner).IsDisjoint(other));
        DefBinary(t, "__or__", "__ror__", BinaryOperator.BitOr);
        DefBinary(t, "__and__", "__rand__", BinaryOperator.BitAnd);
        DefBinary(t, "__sub__", "__rsub__", BinaryOperator.Sub);
        DefBinary(t, "__xor__", "__rxor__", BinaryOperator.BitXor);
        foreach (CompareOperator op in Enum.GetValues<CompareOperator>())
        {
            var o = op;
            t.DefMethod(PyProtocol.CompareMethodName(op).Value, (a, b) => Compare(a, b, o));
        }
    }

    private static void DefBinary(PyType t, string name, string reflected, BinaryOperator op)
    {
        t.DefMethod(name, (a, b) => Binary(a, b, op));
        t.DefMethod(reflected, (a, b) => Binary(b, a, op));
    }

    private static void DefInPlace(PyType t, string name, BinaryOperator op) =>
        t.DefMethod(name, (a, b) => InPlace(Mutable(a, name), b, op));

    private static PySet IntersectionMulti(PySet self, object?[] args)
    {
        if (args.Length == 1)
        {
            return self.Copy();
        }
        var result = self;
        for (var i = 1; i < args.Length; i++)
        {
            result = result.Intersection(args[i]);
        }
        return result;
    }

    /// <summary>discard/remove: an unhashable set key is retried as a frozenset, as CPython does.</summary>
    private static bool DiscardKey(PySet s, object? key)
    {
        if (key is PySet { IsFrozen: false } ks)
        {
            try
            {
                return s.Discard(key);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.TypeError))
            {
                return s.Discard(PySet.Create(PyType.FrozenSetType, ks));
            }
        }
        return s.Discard(key);
    }

    /// <summary>The binary set operators on two sets; NotImplemented otherwise. Dict views are handled by their own members.</summary>
    public static object Binary(object? a, object? b, BinaryOperator op)
    {
        if (a is not PySet sa || b is not PySet sb)
        {
            return PyDictView.Binary(a, b, op);
        }
        return op switch
        {
            BinaryOperator.BitOr => sa.Union(sb),
            BinaryOperator.BitAnd => sa.Intersection(sb),
            BinaryOperator.Sub => sa.Difference(sb),
            BinaryOperator.BitXor => sa.SymmetricDifference(sb),
            _ => PyNotImplemented.Instance,
        };
    }

    /// <summary>The in-place set operators (set only): NotImplemented unless <paramref name="b"/> is a set or frozenset.</summary>
    public static object InPlace(PySet a, object? b, BinaryOperator op)
    {
        if (a.IsFrozen || b is not PySet)
        {
            return PyNotImplemented.Instance;
        }
        switch (op)
        {
            case BinaryOperator.BitOr:
                a.UpdateFrom(b);
                return a;
            case BinaryOperator.BitAnd:
                a.IntersectionUpdate(b);
                return a;
            case BinaryOperator.Sub:
                a.DifferenceUpdate(b);
                return a;
            case BinaryOperator.BitXor:
                a.SymmetricDifferenceUpdate(b);
                return a;
            default:
                return PyNotImplemented.Instance;
        }
    }

    /// <summary>Set comparisons (subset order); NotImplemented unless both are sets. Views compare through <see cref="PyDictView"/>.</summary>
    public static object Compare(object? a, object? b, CompareOperator op)
    {
        if (a is not PySet v || b is not PySet w)
        {
            return PyDictView.Compare(a, b, op);
        }
        return op switch
        {
            CompareOperator.Eq => v.SetEquals(w),
            CompareOperator.NotEq => !v.SetEquals(w),
            CompareOperator.LtE => v.IsSubsetOf(w),
            CompareOperator.GtE => w.IsSubsetOf(v),
            CompareOperator.Lt => v.Count < w.Count && v.IsSubsetOf(w),
            _ => v.Count > w.Count && w.IsSubsetOf(v),
        };
    }

    public static string Repr(PySet s)
    {
        var typeName = s.Type.Name;
        return PyProtocol.ReprGuarded(s, typeName + "(...)", () =>
        {
            if (s.Count == 0)
            {
                return typeName + "()";
            }
            var sb = new StringBuilder();
            var exact = ReferenceEquals(s.Type, PyType.SetType);
            sb.Append(exact ? "{" : typeName + "({");
            var first = true;
            foreach (var item in s.ToArray())
            {
                if (!first)
                {
                    sb.Append(", ");
                }
                first = false;
                sb.Append(PyProtocol.Repr(item));
            }
            sb.Append(exact ? "}" : "})");
            return sb.ToString();
        });
    }

    private static PySet Self(object?[] args, string method, PyType owner) =>
        args.Length > 0 && args[0] is PySet s && s.Type.IsSubtypeOf(owner)
            ? s
            : throw new PyException(PyErrors.DescriptorNeedsObject(method, owner.Name, args.Length > 0 ? args[0] : null));

    private static PySet Any(object? self, string method, PyType owner) =>
        self is PySet s && s.Type.IsSubtypeOf(owner) ? s : throw new PyException(PyErrors.DescriptorNeedsObject(method, owner.Name, self));

    private static PySet Mutable(object? self, string method) => Any(self, method, PyType.SetType);

    private static PySet Frozen(object? self, string method) => Any(self, method, PyType.FrozenSetType);

    private static void NoKeywords(string function, PyStr[]? kw)
    {
        if (kw is { Length: > 0 })
        {
            throw new PyException(PyErrors.NoKeywordArguments(function));
        }
    }
}
