using System.Text;

namespace PyNet.Runtime;

/// <summary>
/// The live views <c>dict.keys()</c>, <c>dict.values()</c> and <c>dict.items()</c>. Keys and items views are set-like:
/// they support the set operators (whose results are sets, built as CPython builds them) and subset comparisons.
/// </summary>
public sealed class PyDictView : PyObject
{
    public static readonly PyType KeysType = new("dict_keys", PyType.ObjectType, InitKeys, isBaseType: false);
    public static readonly PyType ValuesType = new("dict_values", PyType.ObjectType, InitValues, isBaseType: false);
    public static readonly PyType ItemsType = new("dict_items", PyType.ObjectType, InitItems, isBaseType: false);

    public PyDictView(PyDict dict, PyDictIterator.Kind kind)
    {
        Dict = dict;
        Kind = kind;
    }

    public PyDict Dict { get; }

    public PyDictIterator.Kind Kind { get; }

    public bool IsSetLike => Kind != PyDictIterator.Kind.Values;

    public override PyType Type => Kind switch
    {
        PyDictIterator.Kind.Keys => KeysType,
        PyDictIterator.Kind.Values => ValuesType,
        _ => ItemsType,
    };

    public int Count => Dict.Count;

    /// <summary>Membership: a key for keys views, a (key, value) pair for items views, a value for values views.</summary>
    public bool Contains(object? x)
    {
        switch (Kind)
        {
            case PyDictIterator.Kind.Keys:
                return Dict.ContainsKey(x);
            case PyDictIterator.Kind.Items:
                if (x is not PyTuple { Count: 2 } pair)
                {
                    return false;
                }
                return Dict.TryGetValue(pair[0], out var v) && (ReferenceEquals(v, pair[1]) || PyProtocol.Eq(v, pair[1]));
            default:
                var pos = 0;
                while (Dict.TryGetEntry(ref pos, out _, out var value))
                {
                    if (ReferenceEquals(value, x) || PyProtocol.Eq(value, x))
                    {
                        return true;
                    }
                }
                return false;
        }
    }

    public PyIterator Iterate() => new PyDictIterator(Dict, Kind);

    public PyIterator IterateReversed() => new PyDictIterator(Dict, Kind, reversed: true);

    /// <summary>The set a binary operator starts from: a keys view converts through its dict (presized, as CPython's dictviews_to_set).</summary>
    private static PySet ToSet(object? o) =>
        PySet.Create(PyType.SetType, o is PyDictView { Kind: PyDictIterator.Kind.Keys } v ? v.Dict : o);

    /// <summary>The set operators with a set-like view on either side; NotImplemented otherwise.</summary>
    public static object Binary(object? a, object? b, BinaryOperator op)
    {
        if (!(a is PyDictView { IsSetLike: true } || b is PyDictView { IsSetLike: true }))
        {
            return PyNotImplemented.Instance;
        }
        switch (op)
        {
            case BinaryOperator.BitOr:
                var union = ToSet(a);
                union.UpdateFrom(b);
                return union;
            case BinaryOperator.Sub:
                var difference = ToSet(a);
                difference.DifferenceUpdate(b);
                return difference;
            case BinaryOperator.BitXor:
                var symmetric = ToSet(a);
                symmetric.SymmetricDifferenceUpdate(b);
                return symmetric;
            case BinaryOperator.BitAnd:
                return Intersect(a, b);
            default:
                return PyNotImplemented.Instance;
        }
    }

    /// <summary>CPython's _PyDictView_Intersect: iterates the smaller side, tests membership in the view.</summary>
    private static object Intersect(object? a, object? b)
    {
        if (a is not PyDictView { IsSetLike: true })
        {
            (a, b) = (b, a);
        }
        var self = (PyDictView)a!;
        if (b is PySet bs && ReferenceEquals(bs.Type, PyType.SetType) && self.Count <= bs.Count)
        {
            return bs.Intersection(self);
        }
        if (b is PyDictView { IsSetLike: true } other && other.Count > self.Count)
        {
            (self, b) = (other, self);
        }
        var result = new PySet();
        var it = PyProtocol.GetIterator(b);
        while (true)
        {
            var x = it.Next();
            if (ReferenceEquals(x, PyOps.Done))
            {
                return result;
            }
            if (self.Contains(x))
            {
                result.Add(x);
            }
        }
    }

    /// <summary>dictview_richcompare: sizes, then containment of every item; NotImplemented unless the other side is set-like.</summary>
    public static object Compare(object? a, object? b, CompareOperator op)
    {
        if (a is PyDictView { IsSetLike: true } va)
        {
            if (b is not (PySet or PyDictView { IsSetLike: true }))
            {
                return PyNotImplemented.Instance;
            }
            var lenA = va.Count;
            var lenB = (int)PyProtocol.Len(b);
            return op switch
            {
                CompareOperator.Eq => lenA == lenB && AllContainedIn(a, b),
                CompareOperator.NotEq => !(lenA == lenB && AllContainedIn(a, b)),
                CompareOperator.Lt => lenA < lenB && AllContainedIn(a, b),
                CompareOperator.LtE => lenA <= lenB && AllContainedIn(a, b),
                CompareOperator.Gt => lenA > lenB && AllContainedIn(b, a),
                _ => lenA >= lenB && AllContainedIn(b, a),
            };
        }
        if (b is PyDictView { IsSetLike: true } && a is PySet)
        {
            var swapped = op switch
            {
                CompareOperator.Lt => CompareOperator.Gt,
                CompareOperator.LtE => CompareOperator.GtE,
                CompareOperator.Gt => CompareOperator.Lt,
                CompareOperator.GtE => CompareOperator.LtE,
                _ => op,
            };
            return Compare(b, a, swapped);
        }
        return PyNotImplemented.Instance;
    }

    private static bool AllContainedIn(object? self, object? other)
    {
        var it = PyProtocol.GetIterator(self);
        while (true)
        {
            var x = it.Next();
            if (ReferenceEquals(x, PyOps.Done))
            {
                return true;
            }
            if (!PyProtocol.Contains(other, x))
            {
                return false;
            }
        }
    }

    public bool IsDisjoint(object? other)
    {
        if (ReferenceEquals(other, this))
        {
            return Count == 0;
        }
        object? container = this;
        if (other is PySet or PyDictView { IsSetLike: true } && PyProtocol.Len(other) > Count)
        {
            container = other;
            other = this;
        }
        var it = PyProtocol.GetIterator(other);
        while (true)
        {
            var x = it.Next();
            if (ReferenceEquals(x, PyOps.Done))
            {
                return true;
            }
            if (PyProtocol.Contains(container, x))
            {
                return false;
            }
        }
    }

    public string Repr() => PyProtocol.ReprGuarded(this, "...", () =>
    {
        var sb = new StringBuilder(Type.Name).Append("([");
        var it = Iterate();
        var first = true;
        while (true)
        {
            var x = it.Next();
            if (ReferenceEquals(x, PyOps.Done))
            {
                break;
            }
            if (!first)
            {
                sb.Append(", ");
            }
            first = false;
            sb.Append(PyProtocol.Repr(x));
        }
        return sb.Append("])").ToString();
    });

    private static void InitKeys(PyType t)
    {
        InitCommon(t);
        InitSetLike(t);
    }

    private static void InitValues(PyType t) => InitCommon(t);

    private static void InitItems(PyType t)
    {
        InitCommon(t);
        InitSetLike(t);
    }

    private static void InitCommon(PyType t)
    {
        t.DefMethod("__len__", self => PyInt.Box(((PyDictView)self!).Count));
        t.DefMethod("__iter__", self => ((PyDictView)self!).Iterate());
        t.DefMethod("__reversed__", self => ((PyDictView)self!).IterateReversed());
        t.DefMethod("__repr__", self => new PyStr(((PyDictView)self!).Repr()));
    }

    private static void InitSetLike(PyType t)
    {
        t.DefMethod("__contains__", (self, x) => ((PyDictView)self!).Contains(x));
        t.DefMethod("isdisjoint", (self, other) => ((PyDictView)self!).IsDisjoint(other));
        t.DefValue("__hash__", null);
        foreach (var (name, reflected, op) in new[]
        {
            ("__or__", "__ror__", BinaryOperator.BitOr),
            ("__and__", "__rand__", BinaryOperator.BitAnd),
            ("__sub__", "__rsub__", BinaryOperator.Sub),
            ("__xor__", "__rxor__", BinaryOperator.BitXor),
        })
        {
            var o = op;
            t.DefMethod(name, (a, b) => Binary(a, b, o));
            t.DefMethod(reflected, (a, b) => Binary(b, a, o));
        }
        foreach (CompareOperator op in System.Enum.GetValues<CompareOperator>())
        {
            var o = op;
            t.DefMethod(PyProtocol.CompareMethodName(op).Value, (a, b) => Compare(a, b, o));
        }
    }
}
