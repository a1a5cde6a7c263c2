using System;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace PyNet.Runtime;

/// <summary>The members of <c>list</c>.</summary>
public static partial class ListMembers
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
        // Exact lists and tuples are copied; a subclass may define its own __iter__ (CPython's list_extend).
        switch (iterable)
        {
            case PyList { IsExact: true } other:
                list.AddRange(other.ToArray());
                return;
            case PyTuple { IsExact: true } t:
                list.AddRange(t.Items);
                return;
        }
        var it = PyProtocol.GetIterator(iterable);
        list.ReserveFor(it);
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
}

/// <summary>The members of <c>tuple</c>.</summary>
public static class TupleMembers
{
    internal static void Init(PyType t)
    {
        PyGenericAlias.DefClassGetItem(t);
        t.InstanceFactory = static type => ReferenceEquals(type, PyType.TupleType) ? PyTuple.Empty : new PyTupleInstance(type, Array.Empty<object?>());
        t.DefStatic("__new__", (args, kw) => PyValueInstance.OfSubtype(args, PyType.TupleType, args.Length > 1 ? (args[1] is PyTuple { IsExact: true } tt ? tt : PyTuple.Create(Builtins.ToArray(args[1]))) : PyTuple.Empty));
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
        count == t.Count && t.IsExact ? t : PyTuple.Create(t.Items.Slice(first, count));

    public static object? GetItem(PyTuple t, object? key)
    {
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(t.Count);
            if (step == 1)
            {
                return Slice(t, (int)start, (int)count);
            }
            var result = PyTuple.CreateToFill((int)count);
            var items = result.WritableItems;
            for (long i = 0, j = start; i < count; i++, j += step)
            {
                items[(int)i] = t[(int)j];
            }
            return result;
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
        var result = PyTuple.CreateToFill(a.Count + b.Count);
        var items = result.WritableItems;
        a.Items.CopyTo(items);
        b.Items.CopyTo(items[a.Count..]);
        return result;
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
