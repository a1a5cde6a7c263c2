using System;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace PyNet.Runtime;

/// <summary>The members of <c>list</c>.</summary>
public static class ListMembers
{
    internal static void Init(PyType t)
    {
        PyGenericAlias.DefClassGetItem(t);
        t.InstanceFactory = static type => ReferenceEquals(type, PyType.ListType) ? new PyList() : new PyListInstance(type);
        t.DefStatic("__new__", (args, kw) => args.Length > 0 && args[0] is PyType cls && !ReferenceEquals(cls, PyType.ListType) ? new PyListInstance(cls) : new PyList());
        t.DefMethodVar("__init__", (args, kw) =>
        {
            var self = (PyList)args[0]!;
            self.Clear();
            if (args.Length > 1)
            {
                Extend(self, args[1]);
            }
            return null;
        });
        t.DefMethod("__repr__", self => new PyStr(Repr((PyList)self!)));
        t.DefMethod("__len__", self => PyInt.Box(((PyList)self!).Count));
        t.DefMethod("__getitem__", (self, key) => GetItem((PyList)self!, key));
        t.DefMethod("__setitem__", (self, key, value) =>
        {
            SetItem((PyList)self!, key, value);
            return null;
        });
        t.DefMethod("__delitem__", (self, key) =>
        {
            DelItem((PyList)self!, key);
            return null;
        });
        t.DefMethod("__contains__", (self, x) => PyProtocol.Contains(self, x));
        t.DefMethod("__iter__", self => new PyListIterator((PyList)self!));
        t.DefMethod("__reversed__", self => new PyListReverseIterator((PyList)self!));
        t.DefMethod("__add__", (a, b) => b is PyList lb ? Concat((PyList)a!, lb) : PyNotImplemented.Instance);
        t.DefMethod("__iadd__", (a, b) =>
        {
            Extend((PyList)a!, b);
            return a;
        });
        t.DefMethod("__imul__", (a, n) => InPlaceRepeat((PyList)a!, n));
        t.DefMethod("__mul__", (a, n) => PyProtocol.HasIndex(n) ? Repeat((PyList)a!, PyProtocol.Index(n)) : PyNotImplemented.Instance);
        t.DefMethod("__rmul__", (a, n) => PyProtocol.HasIndex(n) ? Repeat((PyList)a!, PyProtocol.Index(n)) : PyNotImplemented.Instance);
        foreach (CompareOperator op in Enum.GetValues<CompareOperator>())
        {
            var o = op;
            t.DefMethod(PyProtocol.CompareMethodName(op).Value, (a, b) => PyProtocol.BuiltinCompare(a, b, o));
        }
        t.DefValue("__hash__", null);
        t.DefMethod("append", (self, x) =>
        {
            ((PyList)self!).Append(x);
            return null;
        });
        t.DefMethod("extend", (self, x) =>
        {
            Extend((PyList)self!, x);
            return null;
        });
        t.DefMethodVar(
            "pop",
            (args, kw) =>
            {
                Builtins.NoKeywords("pop", kw);
                if (args.Length > 2)
                {
                    throw new PyException(PyErrors.ExpectedAtMost("pop", 1, args.Length - 1));
                }
                return Pop((PyList)args[0]!, args.Length > 1 ? Builtins.IndexInt(args[1]) : PyInt.Box(-1));
            },
            self => Pop((PyList)self!, PyInt.Box(-1)),
            (self, index) => Pop((PyList)self!, Builtins.IndexInt(index)));
        t.DefMethodVar(
            "insert",
            (args, kw) =>
            {
                Builtins.NoKeywords("insert", kw);
                if (args.Length != 3)
                {
                    throw new PyException(PyErrors.ExpectedArguments("insert", 2, args.Length - 1));
                }
                return Insert((PyList)args[0]!, args[1], args[2]);
            },
            null,
            null,
            Insert);
        t.DefMethod("clear", self =>
        {
            ((PyList)self!).Clear();
            return null;
        });
        t.DefMethod("copy", self => PyList.FromArray(((PyList)self!).ToArray()));
        t.DefMethod("reverse", self =>
        {
            ((PyList)self!).AsSpan().Reverse();
            return null;
        });
        t.DefMethodVar("index", (args, kw) =>
        {
            var list = (PyList)args[0]!;
            var (start, stop) = IndexBounds("index", args, kw, list.Count);
            for (var i = start; i < stop && i < list.Count; i++)
            {
                var item = list[(int)i];
                if (ReferenceEquals(item, args[1]) || PyProtocol.Eq(item, args[1]))
                {
                    return PyInt.Box(i);
                }
            }
            throw new PyException(PyErrors.ValueNotInList(args[1]));
        });
        t.DefMethod("count", (self, x) =>
        {
            var list = (PyList)self!;
            var n = 0L;
            for (var i = 0; i < list.Count; i++)
            {
                var item = list[i];
                if (ReferenceEquals(item, x) || PyProtocol.Eq(item, x))
                {
                    n++;
                }
            }
            return PyInt.Box(n);
        });
        t.DefMethod("remove", (self, x) =>
        {
            var list = (PyList)self!;
            for (var i = 0; i < list.Count; i++)
            {
                var item = list[i];
                if (ReferenceEquals(item, x) || PyProtocol.Eq(item, x))
                {
                    if (i < list.Count)
                    {
                        list.RemoveAt(i);
                    }
                    return null;
                }
            }
            throw new PyException(PyErrors.NotInList());
        });
        t.DefMethodVar("sort", (args, kw) =>
        {
            Sort((PyList)args[0]!, args, kw);
            return null;
        });
    }

    /// <summary>An insertion or search index: negative counts from the end, then clamped to [0, length].</summary>
    public static long ClampIndex(object index, long length)
    {
        long i = index is long l ? l : ((BigInteger)index).Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2;
        if (i < 0)
        {
            i += length;
            if (i < 0)
            {
                i = 0;
            }
        }
        return i > length ? length : i;
    }

    /// <summary>The optional start and stop of list.index / tuple.index (x, start=0, stop=sys.maxsize).</summary>
    public static (long Start, long Stop) IndexBounds(string name, object?[] args, PyStr[]? kw, long length)
    {
        Builtins.NoKeywords(name, kw);
        if (args.Length < 2)
        {
            throw new PyException(PyErrors.ExpectedAtLeast(name, 1, args.Length - 1));
        }
        if (args.Length > 4)
        {
            throw new PyException(PyErrors.ExpectedAtMost(name, 3, args.Length - 1));
        }
        var start = args.Length > 2 ? ClampIndex(SliceBound(args[2]), length) : 0;
        var stop = args.Length > 3 ? ClampIndex(SliceBound(args[3]), length) : length;
        return (start, stop);
    }

    private static object SliceBound(object? o) =>
        PyProtocol.HasIndex(o) ? Builtins.IndexInt(o) : throw new PyException(PyErrors.SliceIndicesNoNone());

    public static string Repr(PyList list) => PyProtocol.ReprGuarded(list, "[...]", () =>
    {
        var sb = new StringBuilder("[");
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            sb.Append(PyProtocol.Repr(list[i]));
        }
        return sb.Append(']').ToString();
    });

    /// <summary>list[first:first + count] (a step-1 slice, bounds already clamped).</summary>
    public static PyList Slice(PyList list, int first, int count)
    {
        var items = list.AsSpan().Slice(first, count).ToArray();
        return new PyList(items, items.Length);
    }

    public static object? GetItem(PyList list, object? key)
    {
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(list.Count);
            if (step == 1)
            {
                return Slice(list, (int)start, (int)count);
            }
            var result = new object?[count];
            for (long i = 0, j = start; i < count; i++, j += step)
            {
                result[i] = list[(int)j];
            }
            return new PyList(result, result.Length);
        }
        var index = PyProtocol.ItemIndex(list, key, list.Count, "list", assignment: false);
        return list[(int)index];
    }

    public static void SetItem(PyList list, object? key, object? value)
    {
        if (key is PySlice slice)
        {
            var (start, stop, step, count) = slice.Indices(list.Count);
            var values = AssignedValues(list, value, step == 1);
            if (step == 1)
            {
                if (stop < start)
                {
                    stop = start;
                }
                list.RemoveRange((int)start, (int)(stop - start));
                list.InsertRange((int)start, values);
                return;
            }
            if (values.Length != count)
            {
                throw new PyException(PyErrors.ExtendedSliceSizeMismatch(values.Length, count));
            }
            for (long i = 0, j = start; i < count; i++, j += step)
            {
                list[(int)j] = values[i];
            }
            return;
        }
        var index = PyProtocol.ItemIndex(list, key, list.Count, "list", assignment: true);
        list[(int)index] = value;
    }

    /// <summary>The items assigned to a slice: a snapshot (so a[:] = a works), with CPython's message for a non-iterable.</summary>
    private static object?[] AssignedValues(PyList list, object? value, bool simple)
    {
        if (ReferenceEquals(value, list))
        {
            return list.ToArray();
        }
        if (value is PyList or PyTuple || PyType.Of(value).Lookup(PyProtocol.IterName) != null || PyType.Of(value).Lookup(PyProtocol.GetItemName) != null)
        {
            return Builtins.ToArray(value);
        }
        throw new PyException(simple ? PyErrors.CanOnlyAssignIterable() : PyErrors.MustAssignIterableToExtendedSlice());
    }

    public static void DelItem(PyList list, object? key)
    {
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(list.Count);
            if (step < 0)
            {
                start += (count - 1) * step;
                step = -step;
            }
            for (var i = count - 1; i >= 0; i--)
            {
                list.RemoveAt((int)(start + (i * step)));
            }
            return;
        }
        var index = PyProtocol.ItemIndex(list, key, list.Count, "list", assignment: true);
        list.RemoveAt((int)index);
    }

    private static object? Insert(object? self, object? index, object? item)
    {
        var list = (PyList)self!;
        list.Insert((int)ClampIndex(Builtins.IndexInt(index), list.Count), item);
        return null;
    }

    public static object? Pop(PyList list, object index)
    {
        if (list.Count == 0)
        {
            throw new PyException(PyErrors.PopFromEmptyList());
        }
        var i = index is long l ? l : long.MaxValue;
        if (i < 0)
        {
            i += list.Count;
        }
        if (i < 0 || i >= list.Count)
        {
            throw new PyException(PyErrors.PopIndexOutOfRange());
        }
        var v = list[(int)i];
        list.RemoveAt((int)i);
        return v;
    }

    public static void Extend(PyList list, object? iterable)
    {
        switch (iterable)
        {
            case PyList other:
                list.AddRange(other.ToArray());
                return;
            case PyTuple t:
                list.AddRange(t.Items);
                return;
        }
        var it = PyProtocol.GetIterator(iterable);
        var ts = PyGenerator.LoopThreadState(it);
        while (true)
        {
            var x = PyGenerator.NextInLoop(it, ts);
            if (ReferenceEquals(x, PyOps.Done))
            {
                return;
            }
            list.Append(x);
        }
    }

    public static PyList Concat(PyList a, PyList b)
    {
        var items = new object?[a.Count + b.Count];
        a.AsSpan().CopyTo(items);
        b.AsSpan().CopyTo(items.AsSpan(a.Count));
        return new PyList(items, items.Length);
    }

    public static PyList Repeat(PyList list, long n)
    {
        if (n <= 0 || list.Count == 0)
        {
            return new PyList();
        }
        if (n > Array.MaxLength / list.Count)
        {
            throw new PyException(PyErrors.MemoryError());
        }
        var items = new object?[list.Count * (int)n];
        for (var i = 0; i < n; i++)
        {
            list.AsSpan().CopyTo(items.AsSpan(i * list.Count));
        }
        return new PyList(items, items.Length);
    }

    public static PyList InPlaceRepeat(PyList list, object? n)
    {
        if (!PyProtocol.HasIndex(n))
        {
            throw new PyException(PyErrors.CannotMultiplySequence(n));
        }
        var count = Builtins.IndexInt(n);
        var r = Repeat(list, count is long c ? c : throw new PyException(PyErrors.CannotFitIndex(count)));
        list.SetContents(r.ToArray(), r.Count);
        return list;
    }

    /// <summary>
    /// list.sort(*, key=None, reverse=False): stable; the list looks empty while it is sorted, a failing key or
    /// comparison leaves it unchanged, and a list changed by a key or comparison raises "list modified during sort".
    /// </summary>
    public static void Sort(PyList list, object?[] args, PyStr[]? kw)
    {
        object? key = null;
        var reverse = false;
        var nKw = kw?.Length ?? 0;
        if (args.Length - nKw > 1)
        {
            throw new PyException(PyErrors.SortTakesNoPositional());
        }
        for (var i = 0; i < nKw; i++)
        {
            var value = args[args.Length - nKw + i];
            switch (kw![i].Value)
            {
                case "key":
                    key = value;
                    break;
                case "reverse":
                    reverse = PyProtocol.IsTrue(value);
                    break;
                default:
                    throw new PyException(PyErrors.InvalidKeywordFor(kw[i].Value, "sort"));
            }
        }
        var items = list.ToArray();
        list.SetContents(Array.Empty<object?>(), 0);
        var emptyVersion = list.Version;
        object?[] result;
        try
        {
            // The keys are sorted in place, the items (when a key function made the keys) moved with them. Reversing
            // before and after a stable sort keeps equal items in their order, as CPython's reverse=True does.
            result = (object?[])items.Clone();
            object?[]? keys = null;
            if (key != null)
            {
                keys = new object?[result.Length];
                for (var i = 0; i < result.Length; i++)
                {
                    keys[i] = PyCall.Call(key, result[i]);
                }
            }
            if (reverse)
            {
                Array.Reverse(result);
                if (keys != null)
                {
                    Array.Reverse(keys);
                }
            }
            SortByKeys(keys ?? result, keys == null ? null : result);
            if (reverse)
            {
                Array.Reverse(result);
            }
        }
        catch
        {
            list.SetContents(items, items.Length);
            throw;
        }
        var modified = list.Count != 0 || list.Version != emptyVersion;
        list.SetContents(result, result.Length);
        if (modified)
        {
            throw new PyException(PyErrors.ListModifiedDuringSort());
        }
    }

    /// <summary>
    /// A stable merge sort of <paramref name="keys"/> (comparing only with &lt;, as CPython does), moving
    /// <paramref name="items"/> with them when given; the comparison is chosen once from the kind of all the keys.
    /// </summary>
    private static void SortByKeys(object?[] keys, object?[]? items)
    {
        if (keys.Length < 2)
        {
            return;
        }
        switch (KindOfKeys(keys))
        {
            case SortKeys.Ints:
                new MergeSorter<IntOrder>(keys, items).Sort();
                break;
            case SortKeys.Strs:
                new MergeSorter<StrOrder>(keys, items).Sort();
                break;
            case SortKeys.Floats:
                new MergeSorter<FloatOrder>(keys, items).Sort();
                break;
            case SortKeys.Tuples:
                new MergeSorter<TupleOrder>(keys, items).Sort();
                break;
            default:
                new MergeSorter<AnyOrder>(keys, items).Sort();
                break;
        }
    }

    private interface IKeyOrder
    {
        bool Less(object? a, object? b);
    }

    private readonly struct IntOrder : IKeyOrder
    {
        public bool Less(object? a, object? b) => (long)a! < (long)b!;
    }

    private readonly struct StrOrder : IKeyOrder
    {
        public bool Less(object? a, object? b) => Unsafe.As<PyStr>(a!).CompareTo(Unsafe.As<PyStr>(b!)) < 0;
    }

    private readonly struct FloatOrder : IKeyOrder
    {
        public bool Less(object? a, object? b) => (double)a! < (double)b!;
    }

    private readonly struct TupleOrder : IKeyOrder
    {
        public bool Less(object? a, object? b) => TupleLess(Unsafe.As<PyTuple>(a!), Unsafe.As<PyTuple>(b!));
    }

    private readonly struct AnyOrder : IKeyOrder
    {
        public bool Less(object? a, object? b) => LessThan(a, b);
    }

    /// <summary>The merge sort, specialised by the JIT for each key order.</summary>
    private readonly struct MergeSorter<TOrder>
        where TOrder : struct, IKeyOrder
    {
        private readonly object?[] _keys;
        private readonly object?[]? _items;
        private readonly object?[] _keyBuffer;
        private readonly object?[]? _itemBuffer;

        public MergeSorter(object?[] keys, object?[]? items)
        {
            _keys = keys;
            _items = items;
            _keyBuffer = new object?[keys.Length];
            _itemBuffer = items == null ? null : new object?[keys.Length];
        }

        public void Sort() => Sort(0, _keys.Length);

        private void Sort(int lo, int hi)
        {
            if (hi - lo <= 8)
            {
                InsertionSort(lo, hi);
                return;
            }
            var mid = (lo + hi) / 2;
            Sort(lo, mid);
            Sort(mid, hi);
            if (!default(TOrder).Less(_keys[mid], _keys[mid - 1]))
            {
                return;
            }
            Array.Copy(_keys, lo, _keyBuffer, lo, mid - lo);
            if (_items != null)
            {
                Array.Copy(_items, lo, _itemBuffer!, lo, mid - lo);
            }
            // Merge the left run (now in the buffers) with the right run (still in place) into [lo, hi): the
            // right run's unread part is never overwritten, since k <= r.
            int l = lo, r = mid, k = lo;
            while (l < mid && r < hi)
            {
                if (default(TOrder).Less(_keys[r], _keyBuffer[l]))
                {
                    Move(_keys, _items, r++, k++);
                }
                else
                {
                    Move(_keyBuffer, _itemBuffer, l++, k++);
                }
            }
            while (l < mid)
            {
                Move(_keyBuffer, _itemBuffer, l++, k++);
            }
        }

        private void Move(object?[] keys, object?[]? items, int from, int to)
        {
            _keys[to] = keys[from];
            if (_items != null)
            {
                _items[to] = items![from];
            }
        }

        private void InsertionSort(int lo, int hi)
        {
            for (var i = lo + 1; i < hi; i++)
            {
                var key = _keys[i];
                var item = _items?[i];
                var j = i - 1;
                while (j >= lo && default(TOrder).Less(key, _keys[j]))
                {
                    _keys[j + 1] = _keys[j];
                    if (_items != null)
                    {
                        _items[j + 1] = _items[j];
                    }
                    j--;
                }
                _keys[j + 1] = key;
                if (_items != null)
                {
                    _items[j + 1] = item;
                }
            }
        }
    }

    /// <summary>What every sort key is, checked once before sorting (CPython's pre-sort key check).</summary>
    private enum SortKeys
    {
        Mixed,
        Ints,
        Strs,
        Floats,
        Tuples,
    }

    private static SortKeys KindOfKeys(object?[] keys)
    {
        static SortKeys KindOf(object? k) => k switch
        {
            long => SortKeys.Ints,
            PyStr { IsExact: true } => SortKeys.Strs,
            double => SortKeys.Floats,
            PyTuple { IsExact: true } => SortKeys.Tuples,
            _ => SortKeys.Mixed,
        };
        var first = KindOf(keys[0]);
        foreach (var k in keys)
        {
            if (KindOf(k) != first)
            {
                return SortKeys.Mixed;
            }
        }
        return first;
    }

    /// <summary>
    /// Tuple &lt; as Python defines it (the first pair of items that are not equal decides). Tuples of ints, strs and
    /// such tuples, the usual sort keys (<c>(-count, word)</c>), are ordered directly; anything else item by item
    /// through the general comparison.
    /// </summary>
    private static bool TupleLess(PyTuple a, PyTuple b)
    {
        var order = Order(a, b);
        if (order != Unordered)
        {
            return order < 0;
        }
        var n = Math.Min(a.Count, b.Count);
        for (var i = 0; i < n; i++)
        {
            var x = a[i];
            var y = b[i];
            if (!PyProtocol.Eq(x, y))
            {
                return PyProtocol.IsTrue(PyProtocol.RichCompare(x, y, CompareOperator.Lt));
            }
        }
        return a.Count < b.Count;
    }

    private const int Unordered = 2;

    /// <summary>-1, 0 or 1 for ints, exact strs and exact tuples of them; <see cref="Unordered"/> for anything else.</summary>
    private static int Order(object? x, object? y)
    {
        // Exact-type tests (one method-table compare each): str and tuple are not sealed, and an "is" test of an
        // unsealed class is a call; this runs for every comparison of a sort by tuple keys.
        if (x is long lx)
        {
            return y is long ly ? lx.CompareTo(ly) : Unordered;
        }
        if (x == null || y == null || x.GetType() != y.GetType())
        {
            return Unordered;
        }
        if (x.GetType() == typeof(PyStr))
        {
            return Math.Sign(Unsafe.As<PyStr>(x).CompareTo(Unsafe.As<PyStr>(y)));
        }
        if (x.GetType() == typeof(PyTuple))
        {
            var tx = Unsafe.As<PyTuple>(x);
            var ty = Unsafe.As<PyTuple>(y);
            var n = Math.Min(tx.Count, ty.Count);
            for (var i = 0; i < n; i++)
            {
                var c = Order(tx[i], ty[i]);
                if (c != 0)
                {
                    return c;
                }
            }
            return tx.Count.CompareTo(ty.Count);
        }
        return Unordered;
    }

    private static bool LessThan(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return x < y;
        }
        if (a is PyStr sa && b is PyStr sb)
        {
            return sa.CompareTo(sb) < 0;
        }
        return PyProtocol.IsTrue(PyProtocol.RichCompare(a, b, CompareOperator.Lt));
    }
}

/// <summary>The members of <c>tuple</c>.</summary>
public static class TupleMembers
{
    internal static void Init(PyType t)
    {
        PyGenericAlias.DefClassGetItem(t);
        t.InstanceFactory = static type => ReferenceEquals(type, PyType.TupleType) ? PyTuple.Empty : new PyTupleInstance(type, Array.Empty<object?>());
        t.DefStatic("__new__", (args, kw) => PyValueInstance.OfSubtype(args, PyType.TupleType, args.Length > 1 ? (args[1] is PyTuple tt ? tt : PyTuple.Create(Builtins.ToArray(args[1]))) : PyTuple.Empty));
        t.DefMethod("__repr__", self => new PyStr(Repr((PyTuple)self!)));
        t.DefMethod("__len__", self => PyInt.Box(((PyTuple)self!).Count));
        t.DefMethod("__getitem__", (self, key) => GetItem((PyTuple)self!, key));
        t.DefMethod("__contains__", (self, x) => PyProtocol.Contains(self, x));
        t.DefMethod("__iter__", self => new PyTupleIterator((PyTuple)self!));
        t.DefMethod("__hash__", self => PyInt.Box(Hash((PyTuple)self!)));
        t.DefMethod("__add__", (a, b) => b is PyTuple tb ? Concat((PyTuple)a!, tb) : PyNotImplemented.Instance);
        t.DefMethod("__mul__", (a, n) => PyProtocol.HasIndex(n) ? Repeat((PyTuple)a!, PyProtocol.Index(n)) : PyNotImplemented.Instance);
        t.DefMethod("__rmul__", (a, n) => PyProtocol.HasIndex(n) ? Repeat((PyTuple)a!, PyProtocol.Index(n)) : PyNotImplemented.Instance);
        foreach (CompareOperator op in Enum.GetValues<CompareOperator>())
        {
            var o = op;
            t.DefMethod(PyProtocol.CompareMethodName(op).Value, (a, b) => PyProtocol.BuiltinCompare(a, b, o));
        }
        t.DefMethodVar("index", (args, kw) =>
        {
            var tuple = (PyTuple)args[0]!;
            var (start, stop) = ListMembers.IndexBounds("index", args, kw, tuple.Count);
            for (var i = start; i < stop; i++)
            {
                var item = tuple[(int)i];
                if (ReferenceEquals(item, args[1]) || PyProtocol.Eq(item, args[1]))
                {
                    return PyInt.Box(i);
                }
            }
            throw new PyException(PyErrors.NotInTuple());
        });
        t.DefMethod("count", (self, x) =>
        {
            var n = 0L;
            foreach (var item in ((PyTuple)self!).Items)
            {
                if (ReferenceEquals(item, x) || PyProtocol.Eq(item, x))
                {
                    n++;
                }
            }
            return PyInt.Box(n);
        });
    }

    public static string Repr(PyTuple t) => PyProtocol.ReprGuarded(t, "(...)", () =>
    {
        if (t.Count == 1)
        {
            return "(" + PyProtocol.Repr(t[0]) + ",)";
        }
        return "(" + string.Join(", ", t.UnsafeArray.Select(PyProtocol.Repr)) + ")";
    });

    /// <summary>t[first:first + count] (a step-1 slice, bounds already clamped); an exact tuple's whole slice is itself, as in CPython.</summary>
    public static PyTuple Slice(PyTuple t, int first, int count) =>
        count == t.Count && t.IsExact ? t : PyTuple.Create(t.Items.Slice(first, count).ToArray());

    public static object? GetItem(PyTuple t, object? key)
    {
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(t.Count);
            if (step == 1)
            {
                return Slice(t, (int)start, (int)count);
            }
            var result = new object?[count];
            for (long i = 0, j = start; i < count; i++, j += step)
            {
                result[i] = t[(int)j];
            }
            return PyTuple.Create(result);
        }
        var index = PyProtocol.ItemIndex(t, key, t.Count, "tuple", assignment: false);
        return t[(int)index];
    }

    /// <summary>CPython's tuple hash (xxHash-based combination of the item hashes).</summary>
    public static long Hash(PyTuple t)
    {
        const ulong prime1 = 11400714785074694791UL;
        const ulong prime2 = 14029467366897019727UL;
        const ulong prime5 = 2870177450012600261UL;
        var acc = prime5;
        foreach (var item in t.Items)
        {
            var lane = (ulong)PyProtocol.Hash(item);
            acc += lane * prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= prime1;
        }
        acc += (ulong)t.Count ^ (prime5 ^ 3527539UL);
        if (acc == ulong.MaxValue)
        {
            return 1546275796;
        }
        return (long)acc;
    }

    public static PyTuple Concat(PyTuple a, PyTuple b)
    {
        // As CPython: an exact tuple plus an empty one is the exact tuple itself.
        if (b.Count == 0 && a.IsExact)
        {
            return a;
        }
        if (a.Count == 0 && b.IsExact)
        {
            return b;
        }
        var items = new object?[a.Count + b.Count];
        a.Items.CopyTo(items);
        b.Items.CopyTo(items.AsSpan(a.Count));
        return PyTuple.Create(items);
    }

    public static PyTuple Repeat(PyTuple t, long n)
    {
        if (n <= 0 || t.Count == 0)
        {
            return PyTuple.Empty;
        }
        if (n == 1)
        {
            return t;
        }
        if (n > Array.MaxLength / t.Count)
        {
            throw new PyException(PyErrors.MemoryError());
        }
        var items = new object?[t.Count * (int)n];
        for (var i = 0; i < n; i++)
        {
            t.Items.CopyTo(items.AsSpan(i * t.Count));
        }
        return PyTuple.Create(items);
    }
}
