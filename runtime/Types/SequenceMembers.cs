using System;
using System.Linq;
using System.Text;

namespace PyNet.Runtime;

/// <summary>The members of <c>list</c>.</summary>
public static class ListMembers
{
    internal static void Init(PyType t)
    {
        t.InstanceFactory = static _ => new PyList();
        t.DefStatic("__new__", (args, kw) => new PyList());
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
        t.DefMethod("__add__", (a, b) => b is PyList lb ? Concat((PyList)a!, lb) : PyNotImplemented.Instance);
        t.DefMethod("__iadd__", (a, b) =>
        {
            Extend((PyList)a!, b);
            return a;
        });
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
        t.DefMethodVar("pop", (args, kw) => Pop((PyList)args[0]!, args.Length > 1 ? PyProtocol.Index(args[1]) : -1));
        t.DefMethod("insert", (self, i, x) =>
        {
            var list = (PyList)self!;
            var index = PyProtocol.Index(i);
            if (index < 0)
            {
                index = Math.Max(0, index + list.Count);
            }
            list.Insert((int)Math.Min(index, list.Count), x);
            return null;
        });
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
        t.DefMethod("index", (self, x) =>
        {
            var list = (PyList)self!;
            for (var i = 0; i < list.Count; i++)
            {
                if (PyProtocol.Eq(list[i], x))
                {
                    return PyInt.Box(i);
                }
            }
            throw new PyException(PyErrors.ValueError($"{PyProtocol.Repr(x)} is not in list"));
        });
        t.DefMethod("count", (self, x) => PyInt.Box(((PyList)self!).ToArray().Count(v => PyProtocol.Eq(v, x))));
        t.DefMethod("remove", (self, x) =>
        {
            var list = (PyList)self!;
            for (var i = 0; i < list.Count; i++)
            {
                if (PyProtocol.Eq(list[i], x))
                {
                    list.RemoveAt(i);
                    return null;
                }
            }
            throw new PyException(PyErrors.ValueError("list.remove(x): x not in list"));
        });
        t.DefMethodVar("sort", (args, kw) =>
        {
            Sort((PyList)args[0]!, args, kw);
            return null;
        });
    }

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

    public static object? GetItem(PyList list, object? key)
    {
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(list.Count);
            var result = new object?[count];
            for (long i = 0, j = start; i < count; i++, j += step)
            {
                result[i] = list[(int)j];
            }
            return new PyList(result, result.Length);
        }
        if (!PyProtocol.HasIndex(key))
        {
            throw new PyException(PyErrors.IndicesMustBeIntegers(list, key));
        }
        var index = PyProtocol.Index(key);
        if (index < 0)
        {
            index += list.Count;
        }
        if (index < 0 || index >= list.Count)
        {
            throw new PyException(PyErrors.IndexOutOfRange("list"));
        }
        return list[(int)index];
    }

    public static void SetItem(PyList list, object? key, object? value)
    {
        if (key is PySlice slice)
        {
            var values = Builtins.ToArray(ReferenceEquals(value, list) ? list.ToArray() : value);
            var (start, stop, step, count) = slice.Indices(list.Count);
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
                throw new PyException(PyErrors.ValueError($"attempt to assign sequence of size {values.Length} to extended slice of size {count}"));
            }
            for (long i = 0, j = start; i < count; i++, j += step)
            {
                list[(int)j] = values[i];
            }
            return;
        }
        if (!PyProtocol.HasIndex(key))
        {
            throw new PyException(PyErrors.IndicesMustBeIntegers(list, key));
        }
        var index = PyProtocol.Index(key);
        if (index < 0)
        {
            index += list.Count;
        }
        if (index < 0 || index >= list.Count)
        {
            throw new PyException(PyErrors.AssignmentIndexOutOfRange("list"));
        }
        list[(int)index] = value;
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
        if (!PyProtocol.HasIndex(key))
        {
            throw new PyException(PyErrors.IndicesMustBeIntegers(list, key));
        }
        var index = PyProtocol.Index(key);
        if (index < 0)
        {
            index += list.Count;
        }
        if (index < 0 || index >= list.Count)
        {
            throw new PyException(PyErrors.AssignmentIndexOutOfRange("list"));
        }
        list.RemoveAt((int)index);
    }

    public static object? Pop(PyList list, long index)
    {
        if (list.Count == 0)
        {
            throw new PyException(PyErrors.IndexError("pop from empty list"));
        }
        if (index < 0)
        {
            index += list.Count;
        }
        if (index < 0 || index >= list.Count)
        {
            throw new PyException(PyErrors.IndexError("pop index out of range"));
        }
        var v = list[(int)index];
        list.RemoveAt((int)index);
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
        while (true)
        {
            var x = it.Next();
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
        var items = new object?[checked(list.Count * (int)n)];
        for (var i = 0; i < n; i++)
        {
            list.AsSpan().CopyTo(items.AsSpan(i * list.Count));
        }
        return new PyList(items, items.Length);
    }

    public static PyList InPlaceRepeat(PyList list, object? n)
    {
        var r = Repeat(list, PyProtocol.Index(n));
        list.SetContents(r.ToArray(), r.Count);
        return list;
    }

    /// <summary>list.sort(key=None, reverse=False): stable; a failing key leaves the list unchanged.</summary>
    public static void Sort(PyList list, object?[] args, PyStr[]? kw)
    {
        object? key = null;
        var reverse = false;
        var nKw = kw?.Length ?? 0;
        if (args.Length - nKw > 1)
        {
            throw new PyException(PyErrors.TypeError("sort() takes no positional arguments"));
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
                    throw new PyException(PyErrors.TypeError($"'{kw[i].Value}' is an invalid keyword argument for sort()"));
            }
        }
        var items = list.ToArray();
        var keys = key == null ? items : items.Select(x => PyCall.Call(key, x)).ToArray();
        var order = Enumerable.Range(0, items.Length).ToArray();
        if (reverse)
        {
            Array.Reverse(order);
        }
        var sorted = MergeSort(order, keys, reverse);
        if (reverse)
        {
            Array.Reverse(sorted);
        }
        var result = new object?[items.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            result[i] = items[sorted[i]];
        }
        list.SetContents(result, result.Length);
    }

    /// <summary>A stable merge sort of indexes by their keys, comparing only with &lt; as CPython does.</summary>
    private static int[] MergeSort(int[] order, object?[] keys, bool reverse)
    {
        if (order.Length < 2)
        {
            return order;
        }
        var buffer = new int[order.Length];
        Merge(order, buffer, 0, order.Length, keys);
        return order;
    }

    private static void Merge(int[] a, int[] buffer, int lo, int hi, object?[] keys)
    {
        if (hi - lo < 2)
        {
            return;
        }
        if (hi - lo <= 8)
        {
            for (var i = lo + 1; i < hi; i++)
            {
                var x = a[i];
                var j = i - 1;
                while (j >= lo && LessThan(keys[x], keys[a[j]]))
                {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        var mid = (lo + hi) / 2;
        Merge(a, buffer, lo, mid, keys);
        Merge(a, buffer, mid, hi, keys);
        if (!LessThan(keys[a[mid]], keys[a[mid - 1]]))
        {
            return;
        }
        Array.Copy(a, lo, buffer, lo, hi - lo);
        int l = lo, r = mid, k = lo;
        while (l < mid && r < hi)
        {
            a[k++] = LessThan(keys[buffer[r]], keys[buffer[l]]) ? buffer[r++] : buffer[l++];
        }
        while (l < mid)
        {
            a[k++] = buffer[l++];
        }
        while (r < hi)
        {
            a[k++] = buffer[r++];
        }
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
        t.DefStatic("__new__", (args, kw) => args.Length > 1 ? (args[1] is PyTuple tt ? tt : PyTuple.Create(Builtins.ToArray(args[1]))) : PyTuple.Empty);
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
        t.DefMethod("index", (self, x) =>
        {
            var tuple = (PyTuple)self!;
            for (var i = 0; i < tuple.Count; i++)
            {
                if (PyProtocol.Eq(tuple[i], x))
                {
                    return PyInt.Box(i);
                }
            }
            throw new PyException(PyErrors.ValueError("tuple.index(x): x not in tuple"));
        });
        t.DefMethod("count", (self, x) => PyInt.Box(((PyTuple)self!).UnsafeArray.Count(v => PyProtocol.Eq(v, x))));
    }

    public static string Repr(PyTuple t) => PyProtocol.ReprGuarded(t, "(...)", () =>
    {
        if (t.Count == 1)
        {
            return "(" + PyProtocol.Repr(t[0]) + ",)";
        }
        return "(" + string.Join(", ", t.UnsafeArray.Select(PyProtocol.Repr)) + ")";
    });

    public static object? GetItem(PyTuple t, object? key)
    {
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(t.Count);
            var result = new object?[count];
            for (long i = 0, j = start; i < count; i++, j += step)
            {
                result[i] = t[(int)j];
            }
            return PyTuple.Create(result);
        }
        if (!PyProtocol.HasIndex(key))
        {
            throw new PyException(PyErrors.IndicesMustBeIntegers(t, key));
        }
        var index = PyProtocol.Index(key);
        if (index < 0)
        {
            index += t.Count;
        }
        if (index < 0 || index >= t.Count)
        {
            throw new PyException(PyErrors.IndexOutOfRange("tuple"));
        }
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
        var items = new object?[checked(t.Count * (int)n)];
        for (var i = 0; i < n; i++)
        {
            t.Items.CopyTo(items.AsSpan(i * t.Count));
        }
        return PyTuple.Create(items);
    }
}
