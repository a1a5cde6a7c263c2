using System.Numerics;

namespace PyNet.Runtime;

/// <summary>The members of <c>range</c>.</summary>
public static class RangeMembers
{
    internal static void Init(PyType t)
    {
        t.DefStatic("__new__", (args, kw) =>
        {
            Builtins.NoKeywords("range", kw);
            return New(args[1..]);
        });
        t.DefMethod("__repr__", self => new PyStr(Repr((PyRange)self!)));
        t.DefMethod("__len__", self => PyInt.Box(((PyRange)self!).Length));
        t.DefMethod("__bool__", self => !((PyRange)self!).BigLength.IsZero);
        t.DefMethod("__getitem__", (self, key) => GetItem((PyRange)self!, key));
        t.DefMethod("__contains__", (self, x) => Contains((PyRange)self!, x));
        t.DefMethod("__iter__", self => new PyRangeIterator((PyRange)self!));
        t.DefMethod("__reversed__", self => Reversed((PyRange)self!));
        t.DefMethod("__hash__", self => PyInt.Box(Hash((PyRange)self!)));
        t.DefMethod("__eq__", (a, b) => b is PyRange rb ? RangeEquals((PyRange)a!, rb) : PyNotImplemented.Instance);
        t.DefMethod("__ne__", (a, b) => b is PyRange rb ? !RangeEquals((PyRange)a!, rb) : PyNotImplemented.Instance);
        t.DefMethod("index", (self, x) => Index((PyRange)self!, x));
        t.DefMethod("count", (self, x) => Count((PyRange)self!, x));
        t.DefGetSet("start", self => PyInt.Normalize(((PyRange)self).BigStart));
        t.DefGetSet("stop", self => PyInt.Normalize(((PyRange)self).BigStop));
        t.DefGetSet("step", self => PyInt.Normalize(((PyRange)self).BigStep));
    }

    public static PyRange New(object?[] args)
    {
        if (args.Length == 0)
        {
            throw new PyException(PyErrors.ExpectedAtLeast("range", 1, 0));
        }
        if (args.Length > 3)
        {
            throw new PyException(PyErrors.ExpectedAtMost("range", 3, args.Length));
        }
        return args.Length == 1 ? New(0L, args[0], 1L) : New(args[0], args[1], args.Length == 3 ? args[2] : 1L);
    }

    /// <summary>range(start, stop, step) with the arguments converted by __index__.</summary>
    public static PyRange New(object? start, object? stop, object? step)
    {
        if (start is long a && stop is long b && step is long c && c != 0)
        {
            return new PyRange(a, b, c);
        }
        var bigStart = Arg(start);
        var bigStop = Arg(stop);
        var bigStep = Arg(step);
        if (bigStep.IsZero)
        {
            throw new PyException(PyErrors.RangeStepZero());
        }
        return PyRange.Create(bigStart, bigStop, bigStep);
    }

    private static BigInteger Arg(object? o) => o is long l ? l : PyInt.ToBig(Builtins.IndexInt(o));

    public static string Repr(PyRange r) =>
        r.BigStep.IsOne ? $"range({r.BigStart}, {r.BigStop})" : $"range({r.BigStart}, {r.BigStop}, {r.BigStep})";

    public static object GetItem(PyRange r, object? key)
    {
        if (key is PySlice slice)
        {
            var (start, stop, step) = slice.BigIndices(r.BigLength);
            return PyRange.Create(r.ItemAt(start), r.ItemAt(stop), r.BigStep * step);
        }
        if (key is long index && r.IsSmall)
        {
            if (index < 0)
            {
                index += r.Length;
            }
            if (index < 0 || index >= r.Length)
            {
                throw new PyException(PyErrors.RangeIndexOutOfRange());
            }
            return PyInt.Box(r[index]);
        }
        if (!PyProtocol.HasIndex(key))
        {
            throw new PyException(PyErrors.IndicesMustBeIntegers(r, key));
        }
        var i = PyInt.ToBig(Builtins.IndexInt(key));
        if (i.Sign < 0)
        {
            i += r.BigLength;
        }
        if (i.Sign < 0 || i >= r.BigLength)
        {
            throw new PyException(PyErrors.RangeIndexOutOfRange());
        }
        return PyInt.Normalize(r.ItemAt(i));
    }

    /// <summary>x in range: arithmetic for ints (and bools), equality with each item otherwise.</summary>
    public static bool Contains(PyRange r, object? x)
    {
        if (x is long v && r.IsSmall)
        {
            if (r.Step > 0 ? v < r.Start || v >= r.Stop : v > r.Start || v <= r.Stop)
            {
                return false;
            }
            return (v - r.Start) % r.Step == 0;
        }
        if (x is long or BigInteger or bool)
        {
            return ContainsInt(r, PyInt.ToBig(x));
        }
        var it = new PyRangeIterator(r);
        while (true)
        {
            var item = it.Next();
            if (ReferenceEquals(item, PyOps.Done))
            {
                return false;
            }
            if (PyProtocol.Eq(item, x))
            {
                return true;
            }
        }
    }

    private static bool ContainsInt(PyRange r, BigInteger v)
    {
        if (r.BigStep.Sign > 0 ? v < r.BigStart || v >= r.BigStop : v > r.BigStart || v <= r.BigStop)
        {
            return false;
        }
        return ((v - r.BigStart) % r.BigStep).IsZero;
    }

    public static object Index(PyRange r, object? x)
    {
        if (x is long or BigInteger or bool)
        {
            var v = PyInt.ToBig(x);
            if (ContainsInt(r, v))
            {
                return PyInt.Normalize((v - r.BigStart) / r.BigStep);
            }
            throw new PyException(PyErrors.NotInRange(x));
        }
        var it = new PyRangeIterator(r);
        for (var i = 0L; ; i++)
        {
            var item = it.Next();
            if (ReferenceEquals(item, PyOps.Done))
            {
                throw new PyException(PyErrors.NotInRange(x));
            }
            if (PyProtocol.Eq(item, x))
            {
                return PyInt.Box(i);
            }
        }
    }

    public static object Count(PyRange r, object? x)
    {
        if (x is long or BigInteger or bool)
        {
            return PyInt.Box(ContainsInt(r, PyInt.ToBig(x)) ? 1 : 0);
        }
        var n = 0L;
        var it = new PyRangeIterator(r);
        while (true)
        {
            var item = it.Next();
            if (ReferenceEquals(item, PyOps.Done))
            {
                return PyInt.Box(n);
            }
            if (PyProtocol.Eq(item, x))
            {
                n++;
            }
        }
    }

    /// <summary>reversed(range): counts down from the last item.</summary>
    public static PyIterator Reversed(PyRange r) =>
        new PyRangeIterator(r.BigStart + ((r.BigLength - 1) * r.BigStep), -r.BigStep, r.BigLength);

    /// <summary>Ranges compare equal as sequences; they have no ordering.</summary>
    public static object Compare(object? a, object? b, CompareOperator op)
    {
        if (a is not PyRange x || b is not PyRange y || op is not (CompareOperator.Eq or CompareOperator.NotEq))
        {
            return PyNotImplemented.Instance;
        }
        return RangeEquals(x, y) == (op == CompareOperator.Eq);
    }

    /// <summary>range_equals: equal as sequences (length, then first item, then step when longer than one).</summary>
    public static bool RangeEquals(PyRange a, PyRange b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        if (a.BigLength != b.BigLength)
        {
            return false;
        }
        if (a.BigLength.IsZero)
        {
            return true;
        }
        if (a.BigStart != b.BigStart)
        {
            return false;
        }
        return a.BigLength.IsOne || a.BigStep == b.BigStep;
    }

    /// <summary>range_hash: hash((len, start, step)), with None standing in as CPython does for short ranges.</summary>
    public static long Hash(PyRange r)
    {
        var length = PyInt.Normalize(r.BigLength);
        if (r.BigLength.IsZero)
        {
            return TupleMembers.Hash(PyTuple.Create(new object?[] { length, null, null }));
        }
        var start = PyInt.Normalize(r.BigStart);
        var step = r.BigLength.IsOne ? null : PyInt.Normalize(r.BigStep);
        return TupleMembers.Hash(PyTuple.Create(new object?[] { length, start, step }));
    }
}
