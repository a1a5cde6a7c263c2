using System;

namespace PyNet.Runtime;

/// <summary>The builtins that consume iterables: iter, next, min, max, sum, sorted, any, all. None materialises its input.</summary>
public static partial class Builtins
{
    private static object? Iter(object?[] args, PyStr[]? kw)
    {
        NoKeywords("iter", kw);
        if (args.Length == 1)
        {
            return PyProtocol.Iter(args[0]);
        }
        if (args.Length == 0 || args.Length > 2)
        {
            throw new PyException(args.Length == 0 ? PyErrors.ExpectedAtLeast("iter", 1, 0) : PyErrors.ExpectedAtMost("iter", 2, args.Length));
        }
        if (!IsCallable(args[0]))
        {
            throw new PyException(PyErrors.IterSentinelNeedsCallable());
        }
        return new PyCallableIterator(args[0], args[1]);
    }

    /// <summary>next(it) for compiled code: StopIteration is set pending, not thrown.</summary>
    private static object? NextChecked(object? it)
    {
        try
        {
            if (it is PyGenerator generator)
            {
                var r = generator.Resume(null, out var returnValue);
                return ReferenceEquals(r, PyOps.Done) ? PyOps.SetPending(PyErrors.StopIteration(returnValue)) : r;
            }
            if (it is PyIterator pi && !pi.Type.IsHeapType)
            {
                var v = pi.Next();
                return ReferenceEquals(v, PyOps.Done) ? PyOps.SetPending(PyErrors.StopIteration()) : v;
            }
            return Next(new[] { it }, null);
        }
        catch (Exception e)
        {
            return PyOps.Fail(e);
        }
    }

    private static object? Next(object?[] args, PyStr[]? kw)
    {
        NoKeywords("next", kw);
        if (args.Length == 0 || args.Length > 2)
        {
            throw new PyException(args.Length == 0 ? PyErrors.ExpectedAtLeast("next", 1, 0) : PyErrors.ExpectedAtMost("next", 2, args.Length));
        }
        var it = args[0];
        if (it is PyGenerator generator)
        {
            // A generator's StopIteration carries its return value.
            var r = generator.Resume(null, out var returnValue);
            if (ReferenceEquals(r, PyOps.Raised))
            {
                throw PyOps.TakePendingAsException();
            }
            if (!ReferenceEquals(r, PyOps.Done))
            {
                return r;
            }
            return args.Length > 1 ? args[1] : throw new PyException(PyErrors.StopIteration(returnValue));
        }
        if (it is PyIterator pi && !pi.Type.IsHeapType)
        {
            var v = pi.Next();
            if (!ReferenceEquals(v, PyOps.Done))
            {
                return v;
            }
            return args.Length > 1 ? args[1] : throw new PyException(PyErrors.StopIteration());
        }
        var method = PyType.Of(it).Lookup(PyProtocol.NextName) ?? throw new PyException(PyErrors.NotAnIterator(it));
        if (args.Length == 1)
        {
            return PyProtocol.CallBound(method, it);
        }
        try
        {
            return PyProtocol.CallBound(method, it);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            return args[1];
        }
    }

    /// <summary>min()/max(): one iterable or several arguments; key= and (for one iterable) default=.</summary>
    private static object? MinMax(string name, object?[] args, PyStr[]? kwNames, CompareOperator better)
    {
        var nKw = kwNames?.Length ?? 0;
        var nPos = args.Length - nKw;
        object? key = null;
        var hasDefault = false;
        object? dflt = null;
        for (var i = 0; i < nKw; i++)
        {
            if (kwNames![i].Equals(s_key))
            {
                key = args[nPos + i];
            }
            else if (kwNames[i].Equals(s_default))
            {
                hasDefault = true;
                dflt = args[nPos + i];
            }
            else
            {
                throw new PyException(nKw > 2 ? PyErrors.TakesAtMostKeywordArguments(name, 2, nKw) : PyErrors.InvalidKeywordFor(kwNames[i].Value, name));
            }
        }
        if (nPos == 0)
        {
            throw new PyException(PyErrors.ExpectedAtLeast(name, 1, 0));
        }
        if (nPos > 1 && hasDefault)
        {
            throw new PyException(PyErrors.DefaultWithMultiplePositional(name));
        }
        var it = nPos == 1 ? PyProtocol.GetIterator(args[0]) : new PyListIterator(new PyList(args[..nPos], nPos));
        var ts = PyGenerator.LoopThreadState(it);
        var best = PyGenerator.NextInLoop(it, ts);
        if (ReferenceEquals(best, PyOps.Done))
        {
            return hasDefault ? dflt : throw new PyException(PyErrors.ArgIsEmptySequence(name));
        }
        var bestKey = key == null ? best : PyCall.Call(key, best);
        while (true)
        {
            var item = PyGenerator.NextInLoop(it, ts);
            if (ReferenceEquals(item, PyOps.Done))
            {
                return best;
            }
            var k = key == null ? item : PyCall.Call(key, item);
            if (k is long x && bestKey is long y ? (better == CompareOperator.Lt ? x < y : x > y) : PyProtocol.IsTrue(PyProtocol.RichCompare(k, bestKey, better)))
            {
                best = item;
                bestKey = k;
            }
        }
    }

    /// <summary>min(a, b) and max(a, b) with no argument array: as the general loop, b wins only when strictly better.</summary>
    private static object? MinMax2(object? a, object? b, CompareOperator better) =>
        b is long x && a is long y ? ((better == CompareOperator.Lt ? x < y : x > y) ? b : a)
        : PyProtocol.IsTrue(PyProtocol.RichCompare(b, a, better)) ? b : a;

    /// <summary>sum(iterable, /, start=0): plain left-to-right addition with CPython's int and float fast paths.</summary>
    private static object? Sum(object?[] args, PyStr[]? kwNames)
    {
        var nKw = kwNames?.Length ?? 0;
        var nPos = args.Length - nKw;
        if (nPos == 0)
        {
            throw new PyException(PyErrors.TakesAtLeastPositional("sum", 1, 0));
        }
        if (args.Length > 2)
        {
            throw new PyException(PyErrors.TakesAtMostArguments("sum", 2, args.Length));
        }
        if (nKw == 1 && !kwNames![0].Equals(s_start))
        {
            throw new PyException(PyErrors.InvalidKeywordFor(kwNames[0].Value, "sum"));
        }
        var total = args.Length > 1 ? args[1] : PyInt.Zero;
        if (total is long start)
        {
            if (SumOfSmallInts(args[0], start) is { } sum)
            {
                return sum;
            }
        }
        else
        {
            CheckSumStart(total);
        }
        var it = PyProtocol.GetIterator(args[0]);
        var ts = PyGenerator.LoopThreadState(it);
        var x = PyGenerator.NextInLoop(it, ts);
        while (!ReferenceEquals(x, PyOps.Done))
        {
            // CPython's fast paths: the total stays unboxed while the items are ints and it fits in 64 bits, or while
            // total and items are floats.
            if (total is long a && x is long)
            {
                var acc = a;
                while (x is long b && !AddOverflows(acc, b))
                {
                    acc += b;
                    x = PyGenerator.NextInLoop(it, ts);
                }
                total = PyInt.Box(acc);
            }
            else if (total is double fa && x is double)
            {
                var facc = fa;
                while (x is double fb)
                {
                    facc += fb;
                    x = PyGenerator.NextInLoop(it, ts);
                }
                total = facc;
            }
            if (ReferenceEquals(x, PyOps.Done))
            {
                break;
            }
            total = PyProtocol.BinaryOp(total, x, BinaryOperator.Add);
            x = PyGenerator.NextInLoop(it, ts);
        }
        return total;
    }

    /// <summary>sum's refusals of a str, bytes or bytearray start (an int start passes).</summary>
    private static void CheckSumStart(object? total)
    {
        var startType = PyType.Of(total);
        if (startType.IsSubtypeOf(PyType.StrType))
        {
            throw new PyException(PyErrors.SumStrings());
        }
        if (startType.IsSubtypeOf(PyType.BytesType))
        {
            throw new PyException(PyErrors.SumBytes());
        }
        if (startType.Mro is var mro && System.Array.Exists(mro, t => t.Name == "bytearray" && !t.IsHeapType))
        {
            throw new PyException(PyErrors.SumByteArray());
        }
    }

    /// <summary>
    /// sum of an exact tuple or list whose items are all ints with a 64-bit total, read in place (no iterator); null
    /// for anything else, which the general loop then sums from the start (the items read so far ran no code).
    /// </summary>
    private static object? SumOfSmallInts(object? source, long start)
    {
        ReadOnlySpan<object?> items;
        if (source is PyTuple { IsExact: true } tuple)
        {
            items = tuple.Items;
        }
        else if (source is PyList { IsExact: true } list)
        {
            items = list.AsSpan();
        }
        else
        {
            return null;
        }
        var acc = start;
        foreach (var item in items)
        {
            if (item is not long b || AddOverflows(acc, b))
            {
                return null;
            }
            acc += b;
        }
        return PyInt.Box(acc);
    }

    private static bool AddOverflows(long a, long b) => (((a + b) ^ a) & ((a + b) ^ b)) < 0;

    /// <summary>sorted(iterable, /, *, key=None, reverse=False).</summary>
    private static object? Sorted(object?[] args, PyStr[]? kwNames)
    {
        var nKw = kwNames?.Length ?? 0;
        var nPos = args.Length - nKw;
        if (nPos != 1)
        {
            throw new PyException(PyErrors.ExpectedArguments("sorted", 1, nPos));
        }
        var list = new PyList();
        ListMembers.Extend(list, args[0]);
        var sortArgs = new object?[args.Length];
        sortArgs[0] = list;
        Array.Copy(args, 1, sortArgs, 1, args.Length - 1);
        ListMembers.Sort(list, sortArgs, kwNames);
        return list;
    }

    private static object Any(object? iterable)
    {
        var it = PyProtocol.GetIterator(iterable);
        var ts = PyGenerator.LoopThreadState(it);
        while (true)
        {
            var x = PyGenerator.NextInLoop(it, ts);
            if (ReferenceEquals(x, PyOps.Done))
            {
                return false;
            }
            if (PyProtocol.IsTrue(x))
            {
                return true;
            }
        }
    }

    private static object All(object? iterable)
    {
        var it = PyProtocol.GetIterator(iterable);
        var ts = PyGenerator.LoopThreadState(it);
        while (true)
        {
            var x = PyGenerator.NextInLoop(it, ts);
            if (ReferenceEquals(x, PyOps.Done))
            {
                return true;
            }
            if (!PyProtocol.IsTrue(x))
            {
                return false;
            }
        }
    }
}
